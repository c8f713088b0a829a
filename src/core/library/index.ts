export { Library, openLibrary, slowMigrationsPending, MARSAD_APPLICATION_ID, type OpenLibraryOptions } from './library'
export type { IntegrityReport } from './health'
export { migrations, type Migration } from './migrations'
export { prepareStory, storyFields, analyseForIndex, type PreparedStory, type StoryFields, type AnalysedText } from './indexDocument'
export { noSuchStory, type AddedStory, type Provenance } from './storyRepository'
export { ImportedFilesReader, type ImportedFile } from './importRepository'
export { BATCH_MILLISECONDS, type FileBatchWriter } from './fileBatch'
export type { ClusterCandidate, ClusterRow, ClusterMember } from './clusterRepository'
export type { TagRow, TagRecord, StoryTagPair } from './tagRepository'
export type { LinkRecord, NewLink, LinkEnd } from './linkRepository'
export type { NoteRecord } from './noteRepository'
export type { StoryHeading } from './storyLookup'
export {
  SearchRepository,
  countsToFacet,
  type StoryFilter,
  type StoryQuery,
  type ColumnWeights,
  type RankedStory,
  type GroupedStory,
  type HitRow,
  type FacetRow,
  type StoryFacets,
  type TrendCount
} from './searchRepository'
export { SavedSearchRepository, type SavedSearchRow } from './savedSearchRepository'
export {
  BriefingRepository,
  type BriefingRecord,
  type BriefingCoverFields,
  type BriefingItemRecord,
  type BriefingItemRow
} from './briefingRepository'
export type { WatchedFolderRow, WatchedFileStamp } from './watchedFolderRepository'
export { newestSoundBackup, restoreBackup } from './repair'
