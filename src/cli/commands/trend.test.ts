import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cliOnLibrary } from '../../../test/helpers/cli'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary } from '../../core'

describe('marsad trend', () => {
  let temp: ReturnType<typeof makeTempDir>
  const { cli, json } = cliOnLibrary(() => temp.file('library.marsad'))

  beforeEach(() => {
    temp = makeTempDir('marsad-cli-trend-')
    const library = openLibrary(temp.file('library.marsad'))
    for (const [source, date] of [
      ['المستقلة', '2024-02-05'],
      ['المستقلة', '2024-02-07'],
      ['النشرة', '2024-02-20'],
      ['النشرة', '2024-04-01']
    ] as const) {
      addStory(library, { title: `مفاوضات المعبر ${date}`, body: `استؤنفت مفاوضات المعبر الحدودي يوم ${date}.`, source, date })
    }
    library.close()
  })
  afterEach(() => temp.cleanup())

  it('prints the counts per period as JSON, per source when asked', async () => {
    const months = await json('trend', 'مفاوضات', '--by', 'month')
    expect(months).toMatchObject({ query: 'مفاوضات', by: 'month', periods: ['2024-02', '2024-03', '2024-04'], total: 4, undated: 0 })
    expect(months.series).toEqual([{ source: null, other: false, counts: [3, 0, 1] }])
    const weeks = await json('trend', 'مفاوضات', '--by', 'week', '--by-source')
    expect(weeks.periods[0]).toBe('2024-02-05')
    expect(weeks.series.map((series: { source: string }) => series.source)).toEqual(['المستقلة', 'النشرة'])
  })

  it('draws bars on a terminal and refuses an unknown period', async () => {
    const run = await cli('trend', 'مفاوضات')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^2024-02 +3 +█{40}$/m)
    expect(run.stdout).toMatch(/^2024-03 +0 +$/m)
    const refused = await cli('trend', 'مفاوضات', '--by', 'year')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('--by is day, week or month (got year)')
  })
})
