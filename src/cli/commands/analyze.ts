import { analyze, normalizeText } from '../../core/text'
import { UsageError, type CliCommand } from '../command'

function textOf(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} needs the text to work on (quote it).`)
  return positionals.join(' ')
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'Show how Marsad reads a text: each word as written, its place, its normalised term and its stem',
  usage: 'marsad analyze <text> [--json]',
  details: 'With --json: {"tokens": [{"text", "start", "end", "term", "stem"}]} (start and end are UTF-16 offsets into the text).',
  async run(context, positionals) {
    const tokens = analyze(textOf(positionals, 'analyze'))
    context.print({ tokens }, ({ tokens: list }) =>
      list.map((token) => `${token.start}–${token.end}\t${token.text}\t${token.term}\t${token.stem}`).join('\n')
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
