import { writeFileSync } from 'node:fs'
import type { Briefing, BriefingExportFormat } from '../../shared/contract/briefings'
import { BRIEFING_EXPORT_FORMATS } from '../../shared/contract/briefings'
import { TREND_PERIODS, type TrendPeriod } from '../../shared/contract/search'
import { fileProblem } from '../../shared/fileProblems'
import { UsageError, type CliCommand, type CliContext, type OptionValues } from '../command'
import { formatBytes } from '../format'
import { parseStoryId, plural } from './organiseArgs'

const OPTIONS = {
  subtitle: { type: 'string' },
  author: { type: 'string' },
  section: { type: 'string' },
  comment: { type: 'string' },
  query: { type: 'string' },
  by: { type: 'string' },
  'by-source': { type: 'boolean' },
  caption: { type: 'string' },
  remove: { type: 'boolean' },
  pdf: { type: 'string' },
  html: { type: 'string' },
  docx: { type: 'string' }
} as const

/** The JSON `briefing show` prints; scripts rely on these names. */
function briefingJson(briefing: Briefing) {
  return {
    id: briefing.id,
    title: briefing.title,
    subtitle: briefing.subtitle,
    author: briefing.author,
    date: briefing.date,
    classification: briefing.classification,
    introduction: briefing.introduction,
    language: briefing.effectiveLanguage,
    sections: briefing.sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      chart: section.chart,
      items: section.items.map((item) => ({
        id: item.id,
        storyId: item.storyId,
        title: item.story.title,
        source: item.story.source,
        date: item.story.date,
        comment: item.comment,
        excerpt: item.excerpt,
        fullBody: item.fullBody
      }))
    })),
    createdAt: briefing.createdAt,
    updatedAt: briefing.updatedAt
  }
}

function outline(briefing: Briefing): string {
  const cover = [briefing.subtitle, briefing.author, briefing.date, briefing.classification].filter(Boolean).join(' · ')
  const lines = [`#${briefing.id}  ${briefing.title}`, ...(cover ? [cover] : [])]
  briefing.sections.forEach((section, s) => {
    lines.push('', `${s + 1}. ${section.heading}`)
    if (section.chart)
      lines.push(
        `   chart: ${section.chart.caption} (${section.chart.query}, by ${section.chart.by}${section.chart.bySource ? ', by source' : ''})`
      )
    section.items.forEach((item, i) => {
      const meta = [item.story.source, item.story.date].filter(Boolean).join(', ')
      lines.push(`   ${s + 1}.${i + 1}  [story ${item.storyId}] ${item.story.title ?? '(untitled)'}${meta ? ` (${meta})` : ''}`)
      if (item.excerpt) lines.push(`        excerpt: ${item.excerpt.length > 80 ? `${item.excerpt.slice(0, 80)}…` : item.excerpt}`)
      if (item.comment) lines.push(`        comment: ${item.comment}`)
    })
  })
  if (briefing.sections.length === 0) lines.push('', 'No items yet: add stories with `marsad briefing add`.')
  return lines.join('\n')
}

function parseBriefingId(text: string | undefined): number {
  return parseStoryId(text, 'briefing id')
}

function onlyOptions(subcommand: string, values: OptionValues, allowed: readonly string[]): void {
  const stray = Object.keys(OPTIONS).filter((name) => values[name] !== undefined && !allowed.includes(name))
  if (stray.length) throw new UsageError(`briefing ${subcommand} takes no ${stray.map((name) => `--${name}`).join(', ')}.`)
}

function text(value: OptionValues[string]): string | undefined {
  return typeof value === 'string' ? value : undefined
}

type Subcommand = (context: CliContext, args: string[], values: OptionValues) => Promise<void>

const subcommands: Record<string, Subcommand> = {
  async create(context, args, values) {
    onlyOptions('create', values, ['subtitle', 'author'])
    if (args.length !== 1) throw new UsageError(`briefing create takes one title (got ${args.length}); quote a title with spaces.`)
    const briefing = await context.call('createBriefing', { title: args[0]!, subtitle: text(values.subtitle), author: text(values.author) })
    context.print({ id: briefing.id }, () => `Created briefing ${briefing.id} «${briefing.title}».`)
  },

  async add(context, args, values) {
    onlyOptions('add', values, ['section', 'comment'])
    const [first, ...stories] = args
    const briefingId = parseBriefingId(first)
    if (stories.length === 0) throw new UsageError('give at least one story id after the briefing id.')
    const storyIds = stories.map((story) => parseStoryId(story))
    const added = await context.call('addToBriefing', {
      briefingId,
      storyIds,
      section: text(values.section),
      comment: text(values.comment)
    })
    const section = added.briefing.sections.find((candidate) => candidate.id === added.sectionId)!
    const itemsByStory = section.items.filter((item) => added.itemIds.includes(item.id))
    const result = {
      id: briefingId,
      section: { id: section.id, heading: section.heading },
      items: itemsByStory.map((item) => ({ id: item.id, storyId: item.storyId })),
      skipped: added.skippedStoryIds
    }
    context.print(result, (r) =>
      [
        `Added ${plural(r.items.length, 'story', 'stories')} to «${r.section.heading}» in briefing ${briefingId}.`,
        ...(r.skipped.length ? [`Already in the briefing, not added again: ${r.skipped.join(', ')}.`] : [])
      ].join('\n')
    )
  },

  async chart(context, args, values) {
    onlyOptions('chart', values, ['section', 'query', 'by', 'by-source', 'caption', 'remove'])
    if (args.length !== 1) throw new UsageError(`briefing chart takes one briefing id (got ${args.length}).`)
    const briefingId = parseBriefingId(args[0])
    const heading = text(values.section)?.trim()
    if (!heading) throw new UsageError('say which section carries the chart with --section HEADING.')
    let briefing = await context.call('getBriefing', { id: briefingId })
    const named = (candidate: Briefing) => candidate.sections.find((section) => section.heading === heading)
    if (values.remove === true) {
      if (values.query !== undefined || values.by !== undefined || values['by-source'] !== undefined || values.caption !== undefined) {
        throw new UsageError('briefing chart --remove takes only --section.')
      }
      const section = named(briefing)
      if (!section) throw new UsageError(`briefing ${briefingId} has no section headed «${heading}».`)
      await context.call('removeSectionChart', { sectionId: section.id })
      context.print(
        { id: briefingId, section: { id: section.id, heading: section.heading }, chart: null },
        () => `Removed the chart of «${section.heading}».`
      )
      return
    }
    const query = text(values.query)
    if (query === undefined || query.trim() === '') throw new UsageError('say what to chart with --query QUERY.')
    const by = text(values.by) ?? 'week'
    if (!(TREND_PERIODS as readonly string[]).includes(by)) throw new UsageError(`--by takes day, week or month (got "${by}").`)
    if (!named(briefing)) briefing = await context.call('addBriefingSection', { briefingId, heading })
    const section = named(briefing)!
    briefing = await context.call('setSectionChart', {
      sectionId: section.id,
      query,
      by: by as TrendPeriod,
      bySource: values['by-source'] === true,
      caption: text(values.caption)
    })
    const chart = named(briefing)!.chart!
    context.print(
      { id: briefingId, section: { id: section.id, heading: section.heading }, chart },
      (r) =>
        `Briefing ${briefingId}: «${r.section.heading}» carries the chart «${r.chart.caption}» (${r.chart.query}, by ${r.chart.by}${r.chart.bySource ? ', by source' : ''}).`
    )
  },

  async show(context, args, values) {
    onlyOptions('show', values, [])
    if (args.length !== 1) throw new UsageError(`briefing show takes one briefing id (got ${args.length}).`)
    const briefing = await context.call('getBriefing', { id: parseBriefingId(args[0]) })
    context.print(briefingJson(briefing), () => outline(briefing))
  },

  async export(context, args, values) {
    onlyOptions('export', values, BRIEFING_EXPORT_FORMATS)
    if (args.length !== 1) throw new UsageError(`briefing export takes one briefing id (got ${args.length}).`)
    const targets = BRIEFING_EXPORT_FORMATS.filter((format) => text(values[format]) !== undefined)
    if (targets.length !== 1) throw new UsageError('say where to write with exactly one of --pdf FILE, --html FILE or --docx FILE.')
    const format: BriefingExportFormat = targets[0]!
    const file = text(values[format])!
    const exported = await context.call('exportBriefing', { id: parseBriefingId(args[0]), format })
    try {
      writeFileSync(file, Buffer.from(exported.base64, 'base64'))
    } catch (error) {
      throw new Error(`${file}: ${fileProblem(error, 'file', 'write')}`, { cause: error })
    }
    context.print({ file, format, bytes: exported.bytes }, (r) => `Wrote ${r.file} (${format.toUpperCase()}, ${formatBytes(r.bytes)}).`)
  }
}

export const briefingCommand: CliCommand = {
  name: 'briefing',
  summary: 'Create a briefing, add stories and charts to it, show it, export it as PDF, HTML or DOCX',
  usage: [
    'marsad briefing create <title> [--subtitle T] [--author A] [--library FILE] [--json]',
    '       marsad briefing add <briefing-id> <story-id>… [--section HEADING] [--comment TEXT] [--library FILE] [--json]',
    '       marsad briefing chart <briefing-id> --section HEADING --query Q [--by day|week|month] [--by-source] [--caption TEXT] [--library FILE] [--json]',
    '       marsad briefing chart <briefing-id> --section HEADING --remove [--library FILE] [--json]',
    '       marsad briefing show <briefing-id> [--library FILE] [--json]',
    '       marsad briefing export <briefing-id> (--pdf FILE | --html FILE | --docx FILE) [--library FILE] [--json]'
  ].join('\n'),
  details: [
    'create prints the new briefing\'s id; with --json: {"id"}.',
    'add puts the stories, in the order given, at the end of the section headed HEADING (made when missing), or of',
    'the last section (one is made when there is none); a story already in the briefing is not added twice. With',
    '--json: {"id", "section": {"id", "heading"}, "items": [{"id", "storyId"}], "skipped": [story ids]}.',
    'chart gives the section headed HEADING (made when missing) a coverage chart of Q per week (or --by), stacked by',
    'source with --by-source, captioned TEXT (the query by default); the export draws it with the counts of its day.',
    'With --json: {"id", "section": {"id", "heading"}, "chart": {"query", "by", "bySource", "caption"}}; --remove takes',
    'it out ("chart": null).',
    'show prints the outline; with --json: {"id", "title", "subtitle", "author", "date", "classification",',
    '"introduction", "language", "sections": [{"id", "heading", "chart", "items": [{"id", "storyId", "title", "source", "date",',
    '"comment", "excerpt", "fullBody"}]}], "createdAt", "updatedAt"}.',
    'export writes the file; a PDF needs Chromium or Google Chrome (set CHROMIUM_PATH if it is not found). The briefing',
    'is laid out right to left when it is written in Arabic. With --json: {"file", "format", "bytes"}.'
  ].join('\n'),
  options: OPTIONS,
  async run(context, positionals, values) {
    const [name, ...args] = positionals
    const subcommand = name !== undefined && Object.hasOwn(subcommands, name) ? subcommands[name] : undefined
    if (!subcommand)
      throw new UsageError(
        name === undefined
          ? 'say what to do: create, add, chart, show or export.'
          : `unknown subcommand "${name}" (create, add, chart, show or export).`
      )
    await subcommand(context, args, values)
  }
}
