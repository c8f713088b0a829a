import { StoryRepository } from '../storyRepository'
import type { Migration } from './types'

/**
 * The analyser no longer peels clitics before a bare word (وكتاب، بكوريا, ب in بنادق): search decides those from
 * the library's words (core/search/cliticForms.ts). The stem columns of story_index are written again from the
 * stories' text so that old stories are indexed as new ones are; the terms, and so the vocabulary, are unchanged.
 * This reads and indexes every story: about as long as importing the library again (some 70 s for 200,000).
 * It writes through today's StoryRepository, so it runs after every migration that schema relies on (0150's
 * identity_hash among them).
 */
export const restemIndex: Migration = {
  version: 160,
  name: 'restem-index',
  up(db) {
    new StoryRepository(db).reindexAll()
  }
}
