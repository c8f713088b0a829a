/** The drag type a story carries from a result row to the reader (dropping it there links the two stories). */
export const STORY_DRAG_TYPE = 'application/x-marsad-story'
