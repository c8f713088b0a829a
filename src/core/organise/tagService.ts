import type { SuggestedTag, TagInfo, TaggingResult, UntaggingResult } from '../../shared/contract/organise'
import { MarsadError } from '../../shared/errors'
import { resolveTagColor, TAG_PALETTE } from '../../shared/tagColors'
import type { Library, StoryTagPair, TagRecord } from '../library'
import { noSuchStory } from '../library'
import { UndoStack, type UndoTicket } from '../undo'
import { emitStoriesChanged, ignoreEvents, type EmitOrganiseEvent } from './events'
import type { OrganiseOptions } from './options'
import { existingStoryIds, selectStories, type FindStoryIds, type StorySelection } from './storySelection'
import { matchKeyOfTypedText, parseTagName, TAG_SEPARATOR } from './tagNames'
import { TagTree, toTagInfo } from './tagTree'

/** Tags: the hierarchy, merge, bulk tagging of stories, keyword suggestions, and the undo of each. */
export class TagService {
  private readonly tree: TagTree
  private readonly emit: EmitOrganiseEvent
  private readonly undo: UndoStack
  private readonly findStoryIds: FindStoryIds | null

  constructor(
    private readonly library: Library,
    options: OrganiseOptions = {}
  ) {
    this.tree = new TagTree(library)
    this.emit = options.emit ?? ignoreEvents
    this.undo = options.undo ?? new UndoStack((work) => library.transaction(work))
    this.findStoryIds = options.findStoryIds ?? null
  }

  list(): TagInfo[] {
    return this.library.tags.rows().map(toTagInfo)
  }

  /** The tag picker's type-to-filter: normalised, so كوريا finds کوریا; see TagRepository.search for the order. */
  find(text: string, limit: number): TagInfo[] {
    const key = matchKeyOfTypedText(text)
    if (key === '') return this.list().slice(0, limit)
    return this.infos(this.library.tags.search(key, limit))
  }

  /** The tag called `name`, exactly or however its letters are written. */
  named(name: string): TagInfo {
    return this.tree.info(this.tree.named(name).id)
  }

  create(name: string, colour?: string): TagInfo {
    const path = parseTagName(name)
    const resolvedColour = colour === undefined ? undefined : parseColour(colour)
    const tag = this.library.transaction(() => {
      const existing = this.library.tags.byMatchKey(path.matchKey)
      if (existing) throw new MarsadError('bad-request', `There is already a tag called «${existing.name}».`, { name: existing.name })
      return this.tree.ensure(path, resolvedColour).tag
    })
    this.emit('tagsChanged', {})
    return this.tree.info(tag.id)
  }

  /** Renames (and, with a new parent path, moves) a tag; its children's paths follow. Missing parents are made. */
  rename(id: number, name: string): TagInfo {
    const path = parseTagName(name)
    this.library.transaction(() => {
      const tag = this.tree.get(id)
      if (path.name === tag.name) return
      const holder = this.library.tags.byMatchKey(path.matchKey)
      if (holder && holder.id !== tag.id) {
        throw new MarsadError('bad-request', `There is already a tag called «${holder.name}»; merge the two tags instead.`, {
          name: holder.name
        })
      }
      if (path.matchKey.startsWith(tag.matchKey + TAG_SEPARATOR)) {
        throw new MarsadError('bad-request', `A tag cannot be moved inside itself («${tag.name}» → «${path.name}»).`, { name: tag.name })
      }
      const parentSegments = path.segments.slice(0, -1)
      const parent = parentSegments.length ? this.tree.ensure({ ...path, segments: parentSegments }).tag : null
      const own = path.segments[path.segments.length - 1]!
      this.tree.move(
        tag,
        parent ? parent.name + TAG_SEPARATOR + own.name : own.name,
        parent ? parent.matchKey + TAG_SEPARATOR + own.key : own.key,
        parent
      )
    })
    this.emit('tagsChanged', {})
    emitStoriesChanged(this.emit, null, ['tags'])
    return this.tree.info(id)
  }

  recolour(id: number, colour: string): TagInfo {
    const resolved = parseColour(colour)
    this.library.transaction(() => this.library.tags.setColour(this.tree.get(id).id, resolved))
    this.emit('tagsChanged', {})
    emitStoriesChanged(this.emit, null, ['tags'])
    return this.tree.info(id)
  }

  /**
   * FROM becomes INTO: FROM's stories get INTO, FROM's children move under INTO (merging with INTO's children of
   * the same name), and FROM disappears. The undo puts FROM, its children and their stories back as they were.
   */
  merge(fromId: number, intoId: number): { tag: TagInfo; undo: UndoTicket } {
    const { from, into, snapshot, added } = this.library.transaction(() => {
      const from = this.tree.get(fromId)
      const into = this.tree.get(intoId)
      if (from.id === into.id)
        throw new MarsadError('bad-request', `A tag cannot be merged into itself («${from.name}»).`, { name: from.name })
      if (into.matchKey.startsWith(from.matchKey + TAG_SEPARATOR)) {
        throw new MarsadError('bad-request', `«${from.name}» cannot be merged into «${into.name}», which is inside it.`, {
          name: from.name
        })
      }
      const snapshot = this.tree.snapshot(from)
      const added: Pick<StoryTagPair, 'storyId' | 'tagId'>[] = []
      this.mergeInto(from, into, new Set(snapshot.tags.map((tag) => tag.id)), added)
      return { from, into, snapshot, added }
    })
    const undo = this.undo.push({
      label: `Merge tag «${from.name}» into «${into.name}»`,
      action: 'mergeTags',
      params: { from: from.name, into: into.name },
      inverse: () => {
        this.library.tags.removePairs(added)
        this.tree.restore(snapshot)
      }
    })
    this.emit('tagsChanged', {})
    emitStoriesChanged(this.emit, null, ['tags'])
    return { tag: this.tree.info(into.id), undo }
  }

  /** Deletes a tag and the tags below it; the undo restores them, their colours and their stories. */
  delete(id: number): { undo: UndoTicket } {
    const { tag, snapshot } = this.library.transaction(() => {
      const tag = this.tree.get(id)
      const snapshot = this.tree.snapshot(tag)
      this.library.tags.delete(tag.id)
      return { tag, snapshot }
    })
    const stories = new Set(snapshot.pairs.map((pair) => pair.storyId)).size
    const undo = this.undo.push({
      label: `Delete tag «${tag.name}»`,
      action: 'deleteTag',
      params: { name: tag.name, stories, tags: snapshot.tags.length },
      inverse: () => this.tree.restore(snapshot)
    })
    this.emit('tagsChanged', {})
    emitStoriesChanged(
      this.emit,
      snapshot.pairs.map((pair) => pair.storyId),
      ['tags']
    )
    return { undo }
  }

  /** The tags on a story, by name. */
  ofStory(storyId: number): TagInfo[] {
    existingStoryIds(this.library, [storyId])
    return this.library.tags.rows(this.library.tags.tagIdsOfStory(storyId)).map(toTagInfo)
  }

  /** Puts tags (made when missing) on stories. The undo takes off what this added and removes tags it made. */
  async tag(names: string[], selection: StorySelection): Promise<TaggingResult> {
    const paths = names.map(parseTagName)
    const storyIds = await selectStories(this.library, selection, this.findStoryIds)
    const { tags, created, added } = this.library.transaction(() => {
      const taggedAt = new Date().toISOString()
      const created: TagRecord[] = []
      const tags = paths.map((path) => {
        const ensured = this.tree.ensure(path)
        created.push(...ensured.created)
        return ensured.tag
      })
      const added = tags.flatMap((tag) =>
        this.library.tags.addToStories(tag.id, storyIds, taggedAt).map((storyId) => ({ storyId, tagId: tag.id }))
      )
      return { tags, created, added }
    })
    const changed = [...new Set(added.map((pair) => pair.storyId))]
    const tagList = quoteNames(tags)
    const undo = this.undo.push({
      label: `Tag ${changed.length} ${plural(changed.length, 'story', 'stories')} with ${tagList}`,
      action: 'tagStories',
      params: { tags: tagList, stories: changed.length },
      inverse: () => {
        this.library.tags.removePairs(added)
        for (const tag of [...created].reverse()) {
          if (this.library.tags.isUnused(tag.id)) this.library.tags.delete(tag.id)
        }
      }
    })
    this.emit('tagsChanged', {})
    emitStoriesChanged(this.emit, changed, ['tags'])
    return { tagged: changed.length, tags: this.infos(tags.map((tag) => tag.id)), undo }
  }

  /** Takes tags (which must exist) off stories. The undo puts back exactly what this took off. */
  async untag(names: string[], selection: StorySelection): Promise<UntaggingResult> {
    const storyIds = await selectStories(this.library, selection, this.findStoryIds)
    const { tags, removed } = this.library.transaction(() => {
      const tags = names.map((name) => this.tree.named(name))
      const removed = tags.flatMap((tag) => this.library.tags.removeFromStories(tag.id, storyIds))
      return { tags, removed }
    })
    const changed = [...new Set(removed.map((pair) => pair.storyId))]
    const tagList = quoteNames(tags)
    const undo = this.undo.push({
      label: `Untag ${changed.length} ${plural(changed.length, 'story', 'stories')} from ${tagList}`,
      action: 'untagStories',
      params: { tags: tagList, stories: changed.length },
      inverse: () => this.library.tags.restorePairs(removed)
    })
    this.emit('tagsChanged', {})
    emitStoriesChanged(this.emit, changed, ['tags'])
    return { untagged: changed.length, tags: this.infos(tags.map((tag) => tag.id)), undo }
  }

  /**
   * The story's dump keywords offered as tags, each once, leaving out those already on it (by normalised name or
   * as the last part of a tag's path). Nothing is applied.
   */
  suggestionsFor(storyId: number): SuggestedTag[] {
    const story = this.library.stories.get(storyId)
    if (!story) throw noSuchStory(storyId)
    const onStory = new Set(
      this.library.tags
        .rows(this.library.tags.tagIdsOfStory(storyId))
        .flatMap((tag) => [tag.matchKey, tag.matchKey.slice(tag.matchKey.lastIndexOf(TAG_SEPARATOR) + 1)])
    )
    const suggestions: SuggestedTag[] = []
    for (const keyword of story.keywords) {
      const key = matchKeyOrNull(keyword)
      if (key === null || onStory.has(key)) continue
      onStory.add(key)
      const existing = this.library.tags.byMatchKeyOrLastSegment(key)
      suggestions.push({ keyword: keyword.trim(), existingTagId: existing?.id ?? null, existingTagName: existing?.name ?? null })
    }
    return suggestions
  }

  private mergeInto(
    from: TagRecord,
    into: TagRecord,
    fromSubtree: ReadonlySet<number>,
    added: Pick<StoryTagPair, 'storyId' | 'tagId'>[]
  ): void {
    for (const child of this.library.tags.children(from.id)) {
      const ownKey = child.matchKey.slice(from.matchKey.length + 1)
      const ownName = child.name.slice(from.name.length + 1)
      const namesake = this.library.tags.byMatchKey(into.matchKey + TAG_SEPARATOR + ownKey)
      if (namesake && fromSubtree.has(namesake.id)) {
        throw new MarsadError('bad-request', `«${child.name}» would take the place of «${namesake.name}»; rename one of them first.`, {
          name: child.name
        })
      }
      if (namesake) this.mergeInto(child, namesake, fromSubtree, added)
      else this.tree.move(child, into.name + TAG_SEPARATOR + ownName, into.matchKey + TAG_SEPARATOR + ownKey, into)
    }
    for (const storyId of this.library.tags.copyStories(from.id, into.id)) added.push({ storyId, tagId: into.id })
    this.library.tags.delete(from.id)
  }

  /** The tags with these ids, in the order given. */
  private infos(ids: readonly number[]): TagInfo[] {
    const rows = new Map(this.library.tags.rows(ids).map((row) => [row.id, toTagInfo(row)]))
    return ids.flatMap((id) => rows.get(id) ?? [])
  }
}

function parseColour(spec: string): string {
  const colour = resolveTagColor(spec)
  if (colour) return colour
  const names = TAG_PALETTE.map((entry) => entry.name).join(', ')
  throw new MarsadError('bad-request', `«${spec}» is not a tag colour; use one of ${names}, or #rrggbb.`, { color: spec })
}

/** A keyword's normalised tag name, or null when it cannot be a tag name (only punctuation, say). */
function matchKeyOrNull(keyword: string): string | null {
  try {
    return parseTagName(keyword).matchKey
  } catch {
    return null
  }
}

function quoteNames(tags: TagRecord[]): string {
  return tags.map((tag) => `«${tag.name}»`).join(', ')
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many
}
