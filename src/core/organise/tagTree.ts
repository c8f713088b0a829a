import type { TagInfo } from '../../shared/contract/organise'
import { MarsadError } from '../../shared/errors'
import { TAG_PALETTE } from '../../shared/tagColors'
import type { Library, StoryTagPair, TagRecord, TagRow } from '../library'
import { TAG_SEPARATOR, lastSegment, parseTagName, type TagPath } from './tagNames'

/** A tag before an edit, with everything below it and the stories they were on: what an undo puts back. */
export interface TagSnapshot {
  /** Parents before children. */
  tags: TagRecord[]
  pairs: StoryTagPair[]
}

/** Shown for tags stored without a colour (none made by Marsad are). */
const FALLBACK_COLOUR = TAG_PALETTE[TAG_PALETTE.length - 1].color

export function toTagInfo(row: TagRow): TagInfo {
  return {
    id: row.id,
    name: row.name,
    color: row.color ?? FALLBACK_COLOUR,
    parent: row.parent,
    parentId: row.parentId,
    count: row.count,
    totalCount: row.totalCount
  }
}

/**
 * The hierarchy's rules over the tag repository: paths that create their missing parents, moves that carry a
 * subtree along, snapshots and their restoration. Call inside a transaction.
 */
export class TagTree {
  constructor(private readonly library: Library) {}

  private get tags() {
    return this.library.tags
  }

  info(id: number): TagInfo {
    return toTagInfo(this.tags.rows([id])[0]!)
  }

  /** The tag with this id, or a not-found error naming the id. */
  get(id: number): TagRecord {
    const tag = this.tags.get(id)
    if (!tag) throw new MarsadError('not-found', `There is no tag with id ${id}.`, { id })
    return tag
  }

  /** The tag called `name` (exactly, else however its letters are written), or a not-found error naming it. */
  named(name: string): TagRecord {
    const path = parseTagName(name)
    const tag = this.tags.byName(path.name, path.matchKey)
    if (!tag) throw new MarsadError('not-found', `There is no tag called «${path.name}».`, { name: path.name })
    return tag
  }

  /**
   * The tag at `path`, created with any missing parents when absent. Existing parents keep their spelling, so
   * `كوريا/الشمالية` goes under an existing `کوریا` as `کوریا/الشمالية`. `created` lists new tags, parents first.
   */
  ensure(path: TagPath, colour?: string): { tag: TagRecord; created: TagRecord[] } {
    const created: TagRecord[] = []
    let parent: TagRecord | null = null
    path.segments.forEach((segment, index) => {
      const matchKey = parent ? parent.matchKey + TAG_SEPARATOR + segment.key : segment.key
      const existing = this.tags.byMatchKey(matchKey)
      if (existing) {
        parent = existing
        return
      }
      const isLeaf = index === path.segments.length - 1
      const tag: Omit<TagRecord, 'id'> = {
        name: parent ? parent.name + TAG_SEPARATOR + segment.name : segment.name,
        matchKey,
        color: (isLeaf && colour) || this.nextColour(),
        parentId: parent?.id ?? null,
        createdAt: new Date().toISOString()
      }
      parent = { ...tag, id: this.tags.insert(tag) }
      created.push(parent)
    })
    return { tag: parent!, created }
  }

  /** Gives `tag` (and its subtree) a new path under `parent`; the caller has checked the path is free. */
  move(tag: TagRecord, name: string, matchKey: string, parent: TagRecord | null): void {
    for (const below of this.tags.subtree(tag.id)) {
      this.tags.move(
        below.id,
        name + below.name.slice(tag.name.length),
        matchKey + below.matchKey.slice(tag.matchKey.length),
        below.id === tag.id ? (parent?.id ?? null) : below.parentId
      )
    }
  }

  snapshot(tag: TagRecord): TagSnapshot {
    const tags = this.tags.subtree(tag.id)
    return { tags, pairs: this.tags.pairsOf(tags.map((t) => t.id)) }
  }

  /**
   * Puts a snapshot back: tags that still exist (moved by a merge) return to their place; deleted ones come back
   * under their old id when it is free; a tag made again meanwhile under the same name takes the old one's
   * stories. Parents that have gone since are created again. Refuses when a tag that still exists cannot get its
   * name back because another tag has taken it.
   */
  restore(snapshot: TagSnapshot): void {
    const restoredIds = new Map<number, TagRecord>()
    for (const old of snapshot.tags) {
      const parent = old.parentId === null ? null : (restoredIds.get(old.parentId) ?? this.parentFor(old))
      const place = placeUnder(parent, old)
      const sameTag = this.tags.get(old.id)
      const stillThere = sameTag !== null && sameTag.createdAt === old.createdAt
      const holder = this.tags.byMatchKey(place.matchKey)
      if (stillThere) {
        if (holder && holder.id !== old.id) {
          throw new MarsadError(
            'bad-request',
            `This cannot be undone: another tag is now called «${holder.name}»; rename or delete it first.`,
            { name: holder.name }
          )
        }
        this.move(sameTag, place.name, place.matchKey, parent)
        this.tags.setColour(old.id, old.color)
        restoredIds.set(old.id, { ...old, ...place, parentId: parent?.id ?? null })
      } else if (holder) {
        restoredIds.set(old.id, holder)
      } else {
        const record = { ...old, ...place, parentId: parent?.id ?? null }
        const id = this.tags.insert({ ...record, id: sameTag ? undefined : old.id })
        restoredIds.set(old.id, { ...record, id })
      }
    }
    this.tags.restorePairs(
      snapshot.pairs.flatMap((pair) => {
        const tag = restoredIds.get(pair.tagId)
        return tag ? [{ ...pair, tagId: tag.id }] : []
      })
    )
  }

  /** A restored top tag's parent: its old parent's path, found or made again. */
  private parentFor(old: TagRecord): TagRecord {
    const parentName = old.name.slice(0, old.name.length - lastSegment(old.name).length - 1)
    return this.ensure(parseTagName(parentName)).tag
  }

  /** The palette colour fewest tags use, the earliest in the palette among equals. */
  private nextColour(): string {
    const usage = this.tags.colourUsage()
    let best: string = TAG_PALETTE[0].color
    for (const { color } of TAG_PALETTE) {
      if ((usage.get(color) ?? 0) < (usage.get(best) ?? 0)) best = color
    }
    return best
  }
}

/** Where `tag` goes when its parent is `parent`: the parent's path plus the tag's own last segment. */
function placeUnder(parent: TagRecord | null, tag: TagRecord): { name: string; matchKey: string } {
  const name = lastSegment(tag.name)
  const matchKey = lastSegment(tag.matchKey)
  return parent ? { name: parent.name + TAG_SEPARATOR + name, matchKey: parent.matchKey + TAG_SEPARATOR + matchKey } : { name, matchKey }
}
