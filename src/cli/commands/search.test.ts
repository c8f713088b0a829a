import { writeFileSync } from 'node:fs'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ensureCliBuilt, runCli, spawnCli } from '../../../test/helpers/cli'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary } from '../../core'

describe('marsad search, batch-search, reindex', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: string
  let kursk: number

  beforeEach(() => {
    temp = makeTempDir('marsad-cli-search-')
    library = temp.file('library.marsad')
    const opened = openLibrary(library)
    kursk = addStory(opened, {
      title: 'الكرملين يعلن السيطرة على منطقة كورسك',
      body: 'أعلن الكرملين أن القوات استعادت كورسك. وقالت المتحدثة ماريا زاخاروفا إن العملية انتهت.',
      source: 'المستقلة',
      date: '2025-04-26',
      url: 'https://example.test/kursk'
    })
    addStory(opened, { title: 'أسعار النفط', body: 'ارتفعت أسعارُ النِّفطِ.', source: 'BBC Arabic', date: '2024-03-15' })
    opened.close()
  })
  afterEach(() => temp.cleanup())

  it('prints the JSON scripts rely on', async () => {
    const run = await runCli(['search', 'كورسك', '--library', library, '--json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const response = JSON.parse(run.stdout)
    expect(response).toMatchObject({ query: 'كورسك', total: 1, tookMs: expect.any(Number), didYouMean: null })
    expect(response.facets).toMatchObject({ source: [{ value: 'المستقلة', count: 1 }], month: [{ value: '2025-04', count: 1 }], tag: [] })
    expect(response.results).toEqual([
      expect.objectContaining({
        id: kursk,
        title: 'الكرملين يعلن السيطرة على منطقة كورسك',
        url: 'https://example.test/kursk',
        source: 'المستقلة',
        date: '2025-04-26',
        score: expect.any(Number),
        snippet: 'أعلن الكرملين أن القوات استعادت كورسك. وقالت المتحدثة ماريا زاخاروفا إن العملية انتهت',
        matched: ['كورسك']
      })
    ])
  })

  it('joins unquoted words into one query, pages and sorts', async () => {
    const run = await runCli(['search', 'كورسك', 'زاخاروفا', '--library', library, '--json'])
    expect(JSON.parse(run.stdout).total).toBe(1)
    const byDate = JSON.parse(
      (await runCli(['search', 'date:2024..', '--sort', 'date', '--offset', '1', '--limit', '1', '--library', library, '--json'])).stdout
    )
    expect(byDate.total).toBe(2)
    expect(byDate.results.map((hit: { date: string }) => hit.date)).toEqual(['2024-03-15'])
  })

  it('prints results for a reader without --json, with "did you mean"', async () => {
    const run = await runCli(['search', 'زاخاروقا', '--library', library])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^0 stories for "زاخاروقا"/)
    expect(run.stdout).toMatch(/Did you mean: زاخاروفا/)
    const found = await runCli(['search', 'النفط', '--library', library])
    expect(found.stdout).toMatch(/1\. أسعار النفط — BBC Arabic · 2024-03-15 · #\d+\n {3}ارتفعت أسعارُ \[النِّفطِ\]/)
  })

  it('fails with exit code 1 and a message pointing at the problem for a query it cannot read', async () => {
    const run = await runCli(['search', '(كورسك OR', '--library', library, '--json'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'invalid-query', params: { position: 7 } } })
  })

  it('uses exit code 2 for bad options', async () => {
    for (const args of [
      ['search'],
      ['search', 'x', '--sort', 'size'],
      ['search', 'x', '--limit', '0'],
      ['batch-search'],
      ['reindex', 'x']
    ]) {
      const run = await runCli([...args, '--library', library])
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/Usage: marsad/)
    }
  })

  it('batch-search prints one JSON object per query line, in order, blank lines skipped', async () => {
    const watchList = temp.file('watch.txt')
    writeFileSync(watchList, '\uFEFFكورسك\r\n\r\n"broken\r\nالنفط\n')
    const run = await runCli(['batch-search', watchList, '--library', library, '--json', '--limit', '5'])
    expect(run.code).toBe(0)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((line) => [line.query, line.total, line.error ?? null])).toEqual([
      ['كورسك', 1, null],
      ['"broken', 0, expect.stringMatching(/Unclosed quote/)],
      ['النفط', 1, null]
    ])
    expect(lines[0].results[0]).toMatchObject({ id: kursk, snippet: expect.any(String), matched: ['كورسك'] })
  })

  it('batch-search --csv writes a spreadsheet-ready table', async () => {
    const watchList = temp.file('watch.txt')
    writeFileSync(watchList, 'كورسك\nالنفط\n')
    const run = await runCli(['batch-search', watchList, '--library', library, '--csv'])
    const rows = run.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(rows[0]).toBe('"query","rank","id","title","source","date","url","score","snippet"')
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['"كورسك"', '"النفط"'])
  })

  it('reindex rebuilds the index and says how many stories it read', async () => {
    const run = await runCli(['reindex', '--library', library, '--json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ stories: 2, seconds: expect.any(Number) })
    expect(JSON.parse((await runCli(['search', 'كورسك', '--library', library, '--json'])).stdout).total).toBe(1)
  })

  describe('as a program', () => {
    beforeAll(() => ensureCliBuilt())

    it('searches from bin/marsad.mjs with the same contract', () => {
      const run = spawnCli(['search', 'كورسك~', '--json', '--library', library])
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout)).toMatchObject({ total: 1, results: [{ id: kursk }] })
    })
  })
})
