import { UsageError, type CliCommand } from '../command'

export const reindexCommand: CliCommand = {
  name: 'reindex',
  summary: 'Rebuild the search index from the stories as stored',
  usage: 'marsad reindex [--library FILE] [--json]',
  details: 'Stories keep their text as imported; the index (normalised terms, stems, vocabulary) is rebuilt from it.',
  async run(context, positionals) {
    if (positionals.length > 0) throw new UsageError(`reindex takes no arguments (got ${positionals.join(' ')}).`)
    const showProgress = !context.json && process.stderr.isTTY === true
    const stop = context.core().onEvent((event, payload) => {
      if (event !== 'reindexProgress' || !showProgress) return
      const { done, total } = payload as { done: number; total: number }
      process.stderr.write(`\r${done} / ${total} stories   `)
    })
    const started = performance.now()
    try {
      const { stories } = await context.call('reindex')
      if (showProgress) process.stderr.write('\r\x1b[K')
      const seconds = Math.round((performance.now() - started) / 100) / 10
      context.print({ stories, seconds }, (result) => `Re-indexed ${result.stories} stories in ${result.seconds} s.`)
    } finally {
      stop()
    }
  }
}
