import type { Briefing, BriefingDocument, BriefingDocumentItem, BriefingDocumentLink, BriefingItem } from '../../shared/contract/briefings'
import type { Story } from '../../shared/domain'
import type { Library } from '../library'
import { briefingWords, formatDay } from './labels'

/** An item placed in the document, before its links to the other items are known. */
interface PlacedItem {
  item: BriefingItem
  story: Story
  number: string
  anchor: string
}

/**
 * The briefing as it will be exported: numbered sections and items, each item's text (the excerpt, or the whole
 * story as the analyst chose), its tags, and its links to the other items of the briefing. Every export format and
 * the editor's preview draw this model, so they cannot disagree about what a briefing says.
 */
export function buildBriefingDocument(library: Library, briefing: Briefing): BriefingDocument {
  const language = briefing.effectiveLanguage
  const words = briefingWords(language)
  const placed = briefing.sections.map((section, s) =>
    section.items.map((item, i): PlacedItem => ({
      item,
      story: library.stories.get(item.storyId)!,
      number: `${s + 1}.${i + 1}`,
      anchor: `item-${s + 1}-${i + 1}`
    }))
  )
  const all = placed.flat()
  const linksOf = itemLinks(library, all, words.linkKinds, words.labels.untitledStory)

  const documentItem = ({ item, story, number, anchor }: PlacedItem): BriefingDocumentItem => {
    const useExcerpt = item.excerpt !== null && !item.fullBody
    return {
      number,
      anchor,
      storyId: story.id,
      title: story.title ?? words.labels.untitledStory,
      source: story.source,
      date: formatDay(story.date, language) ?? story.dateText,
      url: story.url,
      text: useExcerpt ? item.excerpt! : story.body,
      textKind: useExcerpt ? 'excerpt' : 'body',
      comment: item.comment,
      tags: tagNames(library, story.id),
      links: linksOf(item.id),
      alsoCarriedBy: otherOutlets(library, story)
    }
  }

  return {
    language,
    direction: language === 'ar' ? 'rtl' : 'ltr',
    title: briefing.title,
    subtitle: briefing.subtitle,
    author: briefing.author,
    date: formatDay(briefing.date, language),
    classification: briefing.classification,
    introduction: briefing.introduction,
    labels: words.labels,
    sections: briefing.sections.map((section, s) => ({
      number: String(s + 1),
      anchor: `section-${s + 1}`,
      heading: section.heading,
      items: placed[s]!.map(documentItem),
      chart: section.chart ? { ...section.chart, trend: null } : null
    }))
  }
}

/** The other outlets of the story's syndication cluster, each once, first reported first. */
function otherOutlets(library: Library, story: Story): string[] {
  if (story.clusterId === null) return []
  const sources = library.clusters.members(story.id).map((member) => member.source)
  return [...new Set(sources.filter((source): source is string => source !== null && source !== story.source))]
}

function tagNames(library: Library, storyId: number): string[] {
  return library.tags
    .rows(library.tags.tagIdsOfStory(storyId))
    .map((tag) => tag.name)
    .sort((a, b) => a.localeCompare(b))
}

/** For each item: the links between its story and the stories of the other items, pointing at the first item of each. */
function itemLinks(
  library: Library,
  items: readonly PlacedItem[],
  kindLabels: Record<'out' | 'in', Record<BriefingDocumentLink['kind'], string>>,
  untitled: string
): (itemId: number) => BriefingDocumentLink[] {
  const firstItemOfStory = new Map<number, PlacedItem>()
  for (const placed of items) if (!firstItemOfStory.has(placed.story.id)) firstItemOfStory.set(placed.story.id, placed)
  const links = new Map<number, BriefingDocumentLink[]>()
  const edges = library.links.edgesAmong([...firstItemOfStory.keys()])
  for (const placed of items) {
    const own: BriefingDocumentLink[] = []
    for (const edge of edges) {
      const direction = edge.from === placed.story.id ? 'out' : edge.to === placed.story.id ? 'in' : null
      if (!direction) continue
      const other = firstItemOfStory.get(direction === 'out' ? edge.to : edge.from)!
      own.push({
        kind: edge.kind,
        label: kindLabels[direction][edge.kind],
        anchor: other.anchor,
        number: other.number,
        title: other.story.title ?? untitled
      })
    }
    links.set(placed.item.id, own)
  }
  return (itemId) => links.get(itemId) ?? []
}
