import type { BriefingSummary } from '../../shared/contract/briefings'
import { UsageError, type CliCommand } from '../command'

/** The JSON scripts rely on: one object per briefing. */
function summaryJson(briefing: BriefingSummary) {
  return {
    id: briefing.id,
    title: briefing.title,
    subtitle: briefing.subtitle,
    author: briefing.author,
    date: briefing.date,
    sections: briefing.sectionCount,
    items: briefing.itemCount,
    updatedAt: briefing.updatedAt
  }
}

export const briefingsCommand: CliCommand = {
  name: 'briefings',
  summary: 'List briefings, most recently edited first',
  usage: 'marsad briefings [--library FILE] [--json]',
  details:
    'Prints id, items, date and title. With --json: [{"id", "title", "subtitle", "author", "date", "sections", "items", "updatedAt"}].',
  async run(context, positionals) {
    if (positionals.length) throw new UsageError(`briefings takes no arguments (got ${positionals.join(' ')}).`)
    const briefings = await context.call('listBriefings')
    context.print(briefings.map(summaryJson), (list) =>
      list.length
        ? list.map((b) => `${b.id}\t${b.items}\t${b.date ?? '-'}\t${b.title}`).join('\n')
        : 'There are no briefings yet: `marsad briefing create TITLE` makes one.'
    )
  }
}
