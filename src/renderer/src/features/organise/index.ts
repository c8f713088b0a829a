/** Organising a story from the reader: its tags (picker, suggestions), links (picker, graph) and notes. */
export { LinkDialog } from './LinkDialog'
export { StoryLinks } from './StoryLinks'
export { StoryNotes } from './StoryNotes'
export { StoryTags } from './StoryTags'
export { TagPicker, type TagPickerMode } from './TagPicker'
export { useProblemText } from './problems'
export { useStoryDates } from './storyDates'
export { useStoryOrganisation } from './useStoryOrganisation'
