import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../test/helpers/cli'
import { makeTempDir } from '../../test/helpers/tempLibrary'

/** What a user reads when something is wrong: what is wrong and what to do, never the program's insides. */
describe('messages a user can act on', () => {
  let temp: ReturnType<typeof makeTempDir>
  const cli = (...args: string[]) => runCli([...args, '--library', temp.file('library.marsad'), '--create'])
  const internals = /ENOENT|ELOOP|EISDIR|ambiguous|Invalid request|Too small|Too big|call stack|the file could not be read/

  beforeEach(() => {
    temp = makeTempDir('marsad-messages-')
    writeFileSync(temp.file('story.jsonl'), JSON.stringify({ title: 'خبر', body: 'نص الخبر في سطر واحد.' }))
  })
  afterEach(() => temp.cleanup())

  it('gives a watch-list line too long to be a query its own error, and runs the others', async () => {
    await cli('import', temp.file('story.jsonl'))
    writeFileSync(temp.file('watch.txt'), ['خبر', 'ا'.repeat(4100), 'نص'].join('\n'))
    const run = await cli('batch-search', temp.file('watch.txt'), '--json')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((line) => [line.total, line.error ?? null])).toEqual([
      [1, null],
      [0, 'The line is 4,100 characters long; a query may have up to 4,000.'],
      [1, null]
    ])
  })

  it('says what an option takes when given a negative number', async () => {
    const run = await cli('stories', '--limit', '-5')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--limit takes a whole number (got -5).')
    expect(run.stderr).not.toMatch(internals)
  })

  it('says a tag needs a name', async () => {
    await cli('import', temp.file('story.jsonl'))
    for (const args of [
      ['tag', '1', '--add', ''],
      ['tags', 'rename', 'x', ' ']
    ]) {
      const run = await cli(...args)
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('an empty name is no tag')
      expect(run.stderr).not.toMatch(internals)
    }
  })

  it('names the problem with a file in words, and calls a folder a folder', async () => {
    symlinkSync(temp.file('loop-b'), temp.file('loop-a'))
    symlinkSync(temp.file('loop-a'), temp.file('loop-b'))
    mkdirSync(temp.file('folder'))
    const reads = [
      [temp.file('missing.txt'), 'missing.txt: the file does not exist (it may have been moved or deleted).'],
      [temp.file('loop-a'), 'loop-a: the path runs round a loop of symbolic links and leads to nothing.'],
      [temp.file('folder'), 'folder: this is a folder, not a file.']
    ]
    for (const [path, message] of reads) {
      const run = await cli('batch-search', path!)
      expect(run.stderr.trim()).toBe(`marsad batch-search: ${temp.file(message!.split(':')[0]!)}${message!.slice(message!.indexOf(':'))}`)
    }
    await cli('briefing', 'create', 'موجز')
    const exported = await cli('briefing', 'export', '1', '--html', temp.file('no-such-folder/brief.html'))
    expect(exported.stderr.trim()).toBe(
      `marsad briefing: ${temp.file('no-such-folder/brief.html')}: the folder to write it in does not exist.`
    )

    const imported = await cli('import', temp.file('loop-a'), temp.file('story.jsonl'))
    expect(imported.stdout).toContain('loop-a: the path runs round a loop of symbolic links and leads to nothing.')
    expect(imported.stdout).toContain('1 story added, 0 duplicates skipped, 1 file failed')
  })

  it('says a folder named as the library is a folder', async () => {
    mkdirSync(temp.file('archive'))
    const run = await runCli(['info', '--library', temp.file('archive')])
    expect(run.code).toBe(1)
    expect(run.stderr.trim()).toBe(
      `marsad info: ${temp.file('archive')} is a folder, not a library file; name a file in it (such as ${temp.file('archive/news.marsad')}).`
    )
  })

  it('says JSON nested too deeply is nested too deeply, and how deep is allowed', async () => {
    writeFileSync(temp.file('deep.json'), `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`)
    const run = await cli('import', temp.file('deep.json'))
    expect(run.stdout).toContain('deep.json: record 1 nests its values more than 100 levels deep')
    expect(run.stdout).not.toMatch(internals)
  })
})
