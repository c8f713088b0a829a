import { importFiles } from './0010-import-files'
import { stories } from './0020-stories'
import { tagsLinksNotes } from './0030-tags-links-notes'
import { briefingsSavedSearches } from './0040-briefings-saved-searches'
import { searchIndex } from './0050-search-index'
import { searchLookupIndex } from './0060-search-lookup-index'
import { searchVocabulary } from './0061-search-vocabulary'
import { uniqueTagMatchKey } from './0070-unique-tag-match-key'
import { importRuns } from './0080-import-runs'
import { indexMergePolicy } from './0085-index-merge-policy'
import { clusters } from './0090-clusters'
import { briefingLanguage } from './0100-briefing-language'
import { indexHashSize } from './0110-index-hash-size'
import { clusterMembershipWithoutForeignKey } from './0120-cluster-membership-without-foreign-key'
import { indexMergeByLevel } from './0130-index-merge-by-level'
import { recentSignatureBands } from './0140-recent-signature-bands'
import { storyIdentityByUrlOrSource } from './0150-story-identity'
import { restemIndex } from './0160-restem-index'
import { watchedFolders } from './0170-watched-folders'
import { savedSearchAlerts } from './0180-saved-search-alerts'
import { columnMappings } from './0190-column-mappings'
import { briefingSectionCharts } from './0200-briefing-section-charts'
import { indexStemsUnderClitics } from './0210-index-stems-under-clitics'
import type { Migration } from './types'

export type { Migration } from './types'

/** In version order. Append only. */
export const migrations: readonly Migration[] = [
  importFiles,
  stories,
  tagsLinksNotes,
  briefingsSavedSearches,
  searchIndex,
  searchLookupIndex,
  searchVocabulary,
  uniqueTagMatchKey,
  importRuns,
  indexMergePolicy,
  clusters,
  briefingLanguage,
  indexHashSize,
  clusterMembershipWithoutForeignKey,
  indexMergeByLevel,
  recentSignatureBands,
  storyIdentityByUrlOrSource,
  restemIndex,
  watchedFolders,
  savedSearchAlerts,
  columnMappings,
  briefingSectionCharts,
  indexStemsUnderClitics
]
