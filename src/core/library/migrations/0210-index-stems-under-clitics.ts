import { StoryRepository } from '../storyRepository'
import type { Migration } from './types'

/**
 * Two columns more in story_index: the stems under the clitics of each term that may carry some, for the title
 * and for the rest of the text (forEachStemUnderClitics). A word whose clitic forms the library reads all as
 * clitics (وعام، بعام، لعام for عام) is then matched by one phrase over the stem columns and these, where it took
 * one phrase per form, each ranked: about twice the work for the commonest words. FTS5 cannot add a column, so
 * the table is made again, with the settings earlier migrations gave it (merge policy 0085 and 0130, hash size
 * 0110), and every story indexed again from its text: about as long as importing the library again.
 */
export const indexStemsUnderClitics: Migration = {
  version: 210,
  name: 'index-stems-under-clitics',
  slow: 'Marsad is making the search index of this library again, once (about a minute per 100,000 stories).',
  up(db) {
    db.exec(`
      DROP TABLE story_index;
      CREATE VIRTUAL TABLE story_index USING fts5(
        title, body, keywords, notes, source,
        title_stem, body_stem, keywords_stem, notes_stem,
        title_under_clitics, text_under_clitics,
        tokenize = "ascii tokenchars '.'",
        content = '',
        contentless_delete = 1
      );
      INSERT INTO story_index (story_index, rank) VALUES ('automerge', 0);
      INSERT INTO story_index (story_index, rank) VALUES ('usermerge', 16);
      INSERT INTO story_index (story_index, rank) VALUES ('crisismerge', 32);
      INSERT INTO story_index (story_index, rank) VALUES ('hashsize', ${8 * 1024 * 1024});
    `)
    new StoryRepository(db).reindexAll()
  }
}
