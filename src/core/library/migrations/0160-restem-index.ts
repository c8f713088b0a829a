import type { Migration } from './types'

/**
 * The analyser no longer peels clitics before a bare word (وكتاب، بكوريا, ب in بنادق): search decides those from
 * the library's words (core/search/cliticForms.ts), and the stem columns of story_index had to be written again.
 * Migration 0210 makes the whole index again from the stories' text, which does this too; indexing here, through
 * today's StoryRepository, would write columns the table does not have yet. Kept, empty, for its version number.
 */
export const restemIndex: Migration = {
  version: 160,
  name: 'restem-index',
  up() {}
}
