export { Library, openLibrary, MARSAD_APPLICATION_ID, type OpenLibraryOptions, type IntegrityReport } from './library'
export { migrations, type Migration } from './migrations'
export type { NewStory } from './storyRepository'
