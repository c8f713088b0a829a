import type { LinkKind, StoryLink, StoryLinkView, StoryNeighbourhood } from '../../shared/contract/organise'
import { MarsadError } from '../../shared/errors'
import type { Library } from '../library'
import { noSuchStory } from '../library'
import { UndoStack, type UndoTicket } from '../undo'
import { emitStoriesChanged, ignoreEvents, type EmitOrganiseEvent } from './events'
import type { OrganiseOptions } from './options'

/** The most stories a neighbourhood graph shows: enough to read, small enough to lay out. */
export const NEIGHBOURHOOD_CAP = 60

/** Typed links between stories: both ends see them; removal can be undone. */
export class LinkService {
  private readonly emit: EmitOrganiseEvent
  private readonly undo: UndoStack

  constructor(
    private readonly library: Library,
    options: OrganiseOptions = {}
  ) {
    this.emit = options.emit ?? ignoreEvents
    this.undo = options.undo ?? new UndoStack((work) => library.transaction(work))
  }

  /** Links two stories; when they already have a link of this kind, that link is returned (with the new note, if one is given). */
  link(from: number, to: number, kind: LinkKind, note?: string | null): StoryLink {
    const link = this.library.transaction(() => {
      const { link, isNew } = this.library.links.add({ from, to, kind, note: tidyNote(note) })
      return !isNew && note !== undefined ? this.library.links.setNote(link.id, tidyNote(note))! : link
    })
    emitStoriesChanged(this.emit, [from, to], ['links'])
    return link
  }

  unlink(linkId: number): { undo: UndoTicket } {
    const link = this.library.transaction(() => this.library.links.delete(linkId))
    if (!link) throw noSuchLink(linkId)
    const undo = this.undo.push({
      label: `Remove the ${link.kind} link from story ${link.from} to story ${link.to}`,
      action: 'unlinkStories',
      params: { kind: link.kind, from: link.from, to: link.to },
      inverse: () => {
        if (!this.library.links.restore(link)) {
          throw new MarsadError('not-found', `This cannot be undone: story ${link.from} or story ${link.to} is no longer in the library.`)
        }
      }
    })
    emitStoriesChanged(this.emit, [link.from, link.to], ['links'])
    return { undo }
  }

  /** Sets or clears (null or blank) a link's note. */
  setNote(linkId: number, note: string | null): StoryLink {
    const link = this.library.transaction(() => this.library.links.setNote(linkId, tidyNote(note)))
    if (!link) throw noSuchLink(linkId)
    emitStoriesChanged(this.emit, [link.from, link.to], ['links'])
    return link
  }

  /** A story's links in both directions, by kind then newest first. */
  ofStory(storyId: number): StoryLinkView[] {
    this.assertStory(storyId)
    return this.library.links.ofStory(storyId)
  }

  /**
   * The stories within `depth` links of a story, either direction, nearest first, at most NEIGHBOURHOOD_CAP of
   * them, with every link between the stories shown.
   */
  neighbourhood(storyId: number, depth: number): StoryNeighbourhood {
    this.assertStory(storyId)
    const distances = new Map<number, number>([[storyId, 0]])
    let frontier = [storyId]
    let truncated = false
    for (let distance = 1; distance <= depth && frontier.length > 0 && !truncated; distance++) {
      const next: number[] = []
      for (const id of this.library.links.neighbours(frontier)) {
        if (distances.has(id)) continue
        if (distances.size >= NEIGHBOURHOOD_CAP) {
          truncated = true
          break
        }
        distances.set(id, distance)
        next.push(id)
      }
      frontier = next
    }
    const ids = [...distances.keys()]
    const nodes = this.library.links
      .headings(ids)
      .map((heading) => ({ ...heading, distance: distances.get(heading.id)! }))
      .sort((a, b) => a.distance - b.distance || a.id - b.id)
    return { nodes, edges: this.library.links.edgesAmong(ids), truncated }
  }

  private assertStory(storyId: number): void {
    if (this.library.links.headings([storyId]).length === 0) {
      throw noSuchStory(storyId)
    }
  }
}

function noSuchLink(linkId: number): MarsadError {
  return new MarsadError('not-found', `There is no link with id ${linkId}.`, { id: linkId })
}

/** Notes are kept as written, but a blank one is no note. */
function tidyNote(note: string | null | undefined): string | null {
  return note && note.trim() !== '' ? note : null
}
