import { describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/cli'

describe('marsad analyze and marsad normalize', () => {
  it('prints every token with its place in the text as written, its term and its stem', async () => {
    const run = await runCli(['analyze', 'والكُورِيَّة الشمالیة', '--json'])
    expect(run.code).toBe(0)
    const { tokens } = JSON.parse(run.stdout)
    expect(tokens).toEqual([
      { text: 'والكُورِيَّة', start: 0, end: 12, term: 'والكوريه', stem: expect.any(String), underClitics: [] },
      { text: 'الشمالیة', start: 13, end: 21, term: 'الشماليه', stem: expect.any(String), underClitics: [] }
    ])
    expect(tokens[0].stem).toBe((await runCli(['analyze', 'كوريا', '--json'])).stdout.match(/"stem":"([^"]+)"/)![1])
  })

  it('prints the stems a word would have under clitics, which search uses where the library reads them as clitics', async () => {
    const run = await runCli(['analyze', 'وبجامعة'])
    expect(run.stdout.trim().split('\t')).toEqual(['0–7', 'وبجامعة', 'وبجامعه', 'وبجامع', 'جامع', 'بجامع'])
  })

  it('normalises text the way search sees it', async () => {
    const run = await runCli(['normalize', 'كـوريا ١٤٤٥ ﺍﻟﺴﻼﻢ'])
    expect(run.stdout.trim()).toBe('كوريا 1445 السلام')
  })

  it('asks for the text when none is given', async () => {
    expect((await runCli(['analyze'])).code).toBe(2)
  })
})
