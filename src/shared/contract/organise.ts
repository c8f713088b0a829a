/**
 * How analysts organise what they found (issue 6): hierarchical tags, typed links between stories, notes, and the
 * undo of destructive or bulk edits. The reader, the tag picker and the `marsad tag/tags/link/links/note/notes`
 * commands all go through these methods.
 */
import { z } from 'zod'
import { LINK_KINDS, type LinkKind, type LinkOrigin } from '../domain'
import { method, noArguments, storyId } from './method'

export { LINK_KINDS, type LinkKind, type LinkOrigin }

export interface TagInfo {
  id: number
  /** The full path, segments joined by `/`: `روسيا/كورسك`. */
  name: string
  /** `#rrggbb`; pair it with `readableTextOn(color)` from shared/tagColors for chip text. */
  color: string
  /** The parent tag's name, or null for a top-level tag. */
  parent: string | null
  parentId: number | null
  /** Stories tagged with this tag itself. */
  count: number
  /** Distinct stories tagged with this tag or any tag below it (what `tag:NAME` finds). */
  totalCount: number
}

/**
 * Hands back the inverse of a destructive or bulk edit; `undo({ id })` runs it. `label` is English (CLI, logs);
 * the interface translates `action` (the method that made the edit: 'deleteTag', 'mergeTags', 'tagStories',
 * 'untagStories', 'unlinkStories', 'deleteNote', and other features' own) with `params` (names, counts).
 */
export interface UndoTicket {
  id: string
  label: string
  action: string
  params: Record<string, string | number>
}

export interface StoryLink {
  id: number
  from: number
  to: number
  kind: LinkKind
  note: string | null
  origin: LinkOrigin
  createdAt: string
}

/** The other end of a link, enough to show it and open it. */
export interface LinkedStory {
  id: number
  title: string | null
  source: string | null
  date: string | null
}

/** A link as one of its ends sees it: 'out' when this story is `from`, 'in' (a backlink) when it is `to`. */
export interface StoryLinkView extends StoryLink {
  direction: 'out' | 'in'
  other: LinkedStory
}

export interface NeighbourhoodNode extends LinkedStory {
  /** Steps from the centre story: 0 for the story itself. */
  distance: number
}

export interface NeighbourhoodEdge {
  id: number
  from: number
  to: number
  kind: LinkKind
  origin: LinkOrigin
}

export interface StoryNeighbourhood {
  nodes: NeighbourhoodNode[]
  edges: NeighbourhoodEdge[]
  /** True when the neighbourhood had more stories than the cap and some were left out. */
  truncated: boolean
}

export interface Note {
  id: number
  storyId: number
  /** Plain text with line breaks, shown with `dir="auto"`. */
  body: string
  createdAt: string
  updatedAt: string
}

export interface SuggestedTag {
  /** The keyword as the dump wrote it. */
  keyword: string
  /** A tag with the same normalised name already exists (not yet on this story). */
  existingTagId: number | null
  existingTagName: string | null
}

export interface TaggingResult {
  /** Stories that gained (or, for untagStories, lost) at least one of the tags. */
  tagged: number
  /** The tags as resolved (created when missing for tagStories). */
  tags: TagInfo[]
  undo: UndoTicket
}

export interface UntaggingResult {
  untagged: number
  tags: TagInfo[]
  undo: UndoTicket
}

const tagId = z.number().int().positive()
/** A full tag path; the core trims it, collapses spaces and slashes, and refuses empty segments with a message. */
const tagName = z.string().min(1).max(300)
/** A palette name (`red`, `blue`, … see shared/tagColors) or `#rrggbb`; checked by the core with a clear message. */
const tagColor = z.string().min(1).max(40)
const noteBody = z.string().max(100_000)
const linkNote = z.string().max(10_000).nullable()

/** Bulk edits name their stories, or take every story a search query finds. */
const storySelection = {
  storyIds: z.array(storyId).min(1).max(1_000_000).optional(),
  query: z.string().min(1).max(2000).optional()
}
const exactlyOneSelection = (request: { storyIds?: number[] | undefined; query?: string | undefined }) =>
  (request.storyIds === undefined) !== (request.query === undefined)
const selectionMessage = { message: 'Give either storyIds or query, not both and not neither.' }

export const organiseContract = {
  /** Every tag, by name (so children follow their parent). */
  listTags: method(noArguments).returns<TagInfo[]>(),
  /** Type-to-filter for the tag picker: Arabic-aware (كوريا finds کوریا), prefix matches first. */
  findTags: method(z.object({ text: z.string().max(300), limit: z.number().int().min(1).max(500).default(20) }).strict()).returns<
    TagInfo[]
  >(),
  /** The tag with this name, exactly or however its letters are written; `not-found` naming it otherwise. */
  tagNamed: method(z.object({ name: tagName }).strict()).returns<TagInfo>(),
  /** Creates a tag and any missing parents; refuses a name that already exists (however its letters are written). */
  createTag: method(z.object({ name: tagName, color: tagColor.optional() }).strict()).returns<TagInfo>(),
  /** Renames a tag; its children's paths follow. */
  renameTag: method(z.object({ id: tagId, name: tagName }).strict()).returns<TagInfo>(),
  recolourTag: method(z.object({ id: tagId, color: tagColor }).strict()).returns<TagInfo>(),
  /** FROM's stories get INTO, FROM's children move under INTO, FROM disappears. */
  mergeTags: method(z.object({ fromId: tagId, intoId: tagId }).strict()).returns<{ tag: TagInfo; undo: UndoTicket }>(),
  /** Deletes a tag with its children; the undo restores them, their colours and their stories. */
  deleteTag: method(z.object({ id: tagId }).strict()).returns<{ undo: UndoTicket }>(),
  /** Tags by name (created when missing) on the given stories or on every story the query finds. */
  tagStories: method(
    z
      .object({ tags: z.array(tagName).min(1).max(100), ...storySelection })
      .strict()
      .refine(exactlyOneSelection, selectionMessage)
  ).returns<TaggingResult>(),
  untagStories: method(
    z
      .object({ tags: z.array(tagName).min(1).max(100), ...storySelection })
      .strict()
      .refine(exactlyOneSelection, selectionMessage)
  ).returns<UntaggingResult>(),
  /** The tags on one story, by name. */
  storyTags: method(z.object({ id: storyId }).strict()).returns<TagInfo[]>(),
  /** The story's dump keywords that are not yet tags on it; nothing is applied until tagStories is called. */
  suggestedTags: method(z.object({ storyId }).strict()).returns<SuggestedTag[]>(),
  /** Links two stories (stored once, from → to); linking the same pair with the same kind again updates its note. */
  linkStories: method(
    z.object({ from: storyId, to: storyId, kind: z.enum(LINK_KINDS), note: linkNote.optional() }).strict()
  ).returns<StoryLink>(),
  unlinkStories: method(z.object({ linkId: z.number().int().positive() }).strict()).returns<{ undo: UndoTicket }>(),
  updateLinkNote: method(z.object({ linkId: z.number().int().positive(), note: linkNote }).strict()).returns<StoryLink>(),
  /** Both directions, grouped by kind then newest first. */
  storyLinks: method(z.object({ id: storyId }).strict()).returns<StoryLinkView[]>(),
  /** The stories within `depth` links of a story (either direction), capped in size. */
  storyNeighbourhood: method(
    z.object({ id: storyId, depth: z.union([z.literal(1), z.literal(2)]).default(2) }).strict()
  ).returns<StoryNeighbourhood>(),
  addNote: method(z.object({ storyId, body: noteBody }).strict()).returns<Note>(),
  updateNote: method(z.object({ id: z.number().int().positive(), body: noteBody }).strict()).returns<Note>(),
  deleteNote: method(z.object({ id: z.number().int().positive() }).strict()).returns<{ undo: UndoTicket }>(),
  /** Oldest first, the order they were written in. */
  storyNotes: method(z.object({ storyId }).strict()).returns<Note[]>(),
  /** Runs the inverse an earlier edit handed back; refuses an id that is unknown or has expired. */
  undo: method(z.object({ id: z.string().min(1).max(100) }).strict()).returns<{ label: string }>()
}

export interface OrganiseEvents {
  /** The tag list or its counts changed: refresh the tag tree, the picker, the facets. */
  tagsChanged: Record<string, never>
  /**
   * These stories' tags, links or notes changed: refresh them where shown. `ids` is null when too many changed to
   * list (a bulk edit over a large search result): refresh whatever is on screen.
   */
  storiesChanged: { ids: number[] | null; aspects: ('tags' | 'links' | 'notes')[] }
}
