/**
 * How analysts organise what they found: hierarchical tags (merge, bulk tagging, keyword suggestions), typed links
 * between stories with a neighbourhood graph, and notes; destructive and bulk edits hand back an undo ticket.
 */
export { TagService } from './tagService'
export { LinkService, NEIGHBOURHOOD_CAP } from './linkService'
export { NoteService } from './noteService'
export { parseTagName, matchKeyOfTypedText, TAG_SEPARATOR, type TagPath, type TagSegment } from './tagNames'
export type { EmitOrganiseEvent } from './events'
export type { StorySelection, FindStoryIds } from './storySelection'
export type { OrganiseOptions } from './options'
