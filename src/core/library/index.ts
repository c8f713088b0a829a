export { Library, openLibrary, MARSAD_APPLICATION_ID, type OpenLibraryOptions, type IntegrityReport } from './library'
export { migrations, type Migration } from './migrations'
export { prepareStory, storyFields, analyseForIndex, type PreparedStory, type StoryFields, type AnalysedText } from './indexDocument'
export type { AddedStory, Provenance } from './storyRepository'
