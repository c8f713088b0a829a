import { analyze, forEachStemUnderClitics, normalizeText } from '../../core/text'
import { UsageError, type CliCommand } from '../command'

function textOf(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} needs the text to work on (quote it).`)
  return positionals.join(' ')
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'Show how Marsad reads a text: each word as written, its place, its normalised term, its stem, and its stems under clitics',
  usage: 'marsad analyze <text> [--json]',
  details: [
    'With --json: {"tokens": [{"text", "start", "end", "term", "stem", "underClitics"}]} (start and end are UTF-16 offsets',
    'into the text). underClitics are the stems the word would have if letters it starts with were clitics (وبجامعة:',
    'جامع under وب, بجامع under و); search reads them so only where the library says they are (src/core/text/README.md).'
  ].join('\n'),
  async run(context, positionals) {
    const tokens = analyze(textOf(positionals, 'analyze')).map((token) => {
      const underClitics: string[] = []
      forEachStemUnderClitics(token.term, token.stem, (stem) => underClitics.push(stem))
      return { ...token, underClitics }
    })
    context.print({ tokens }, ({ tokens: list }) =>
      list.map((token) => [`${token.start}–${token.end}`, token.text, token.term, token.stem, ...token.underClitics].join('\t')).join('\n')
    )
  }
}

export const normalizeCommand: CliCommand = {
  name: 'normalize',
  summary: 'Print a text the way search sees it: normalised words separated by single spaces',
  usage: 'marsad normalize <text> [--json]',
  async run(context, positionals) {
    const normalized = normalizeText(textOf(positionals, 'normalize'))
    context.print({ normalized }, ({ normalized: text }) => text)
  }
}
