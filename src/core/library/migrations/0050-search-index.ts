import type { Migration } from './types'

/**
 * The full-text index over the analyser's output, never over raw Arabic (FTS5's own tokenizers split words at
 * harakat). Each searchable field has two columns: its normalised terms (exact forms) and, position for
 * position, their light stems, so a plain word can match either while an exact form scores twice. The text is
 * written pre-tokenised (terms separated by spaces), so the cheap `ascii` tokenizer only splits on spaces.
 * Contentless: the original text lives in `stories`; highlights come from the analyser's offsets on it.
 */
export const searchIndex: Migration = {
  version: 50,
  name: 'search-index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE story_index USING fts5(
        title, body, keywords, notes, source,
        title_stem, body_stem, keywords_stem, notes_stem,
        tokenize = "ascii tokenchars '.'",
        content = '',
        contentless_delete = 1
      );
    `)
  }
}
