/**
 * Words whose first letters look like the article but belong to the word, written as a reader would
 * (the stemmer normalises them and compares stems, so one entry covers the forms that share its stem:
 * ألمانيا covers الألمانية، ألماني).
 *
 * The hamza of أ/إ/آ is folded away, so without them the stemmer would read ألمانيا as ال + مانيا and
 * split it from الألمانية. Clitics before a bare word (وزارة، لاعب، باريس) need no list: the stemmer
 * leaves them, and search decides from the library's words (core/search/cliticForms.ts).
 */
export const PREFIX_LOOKALIKE_WORDS: readonly string[] = [
  // ال belongs to the word: the hamza of أ/إ/آ is folded away, so ألمانيا looks like ال + مانيا
  'الله', 'اللهم', 'إليه', 'إليها', 'إليهم', 'آلاف', 'آلية', 'آليات', 'آلات', 'ألف', 'ألفا', 'ألفين',
  'إلغاء', 'ألغى', 'ألغت', 'إلكتروني', 'إلكترونية', 'إلكترونيات', 'ألعاب', 'ألقاب', 'ألماني', 'ألمانيا',
  'ألمانية', 'ألبوم', 'ألبومات', 'ألوان', 'ألفاظ', 'ألواح', 'ألغام', 'ألم', 'إلزام',
  'إلزامي', 'إلزامية', 'ألقى', 'ألقت', 'إلقاء', 'إلحاق', 'ألمح', 'ألمحت', 'أليف', 'ألبانيا',
  'التزام', 'التزامات', 'التزم', 'التزمت', 'التقى', 'التقت', 'التقاء', 'التحق', 'التحقت', 'التحاق',
  'التهاب', 'التهابات', 'التماس', 'التحام', 'التفاف', 'التباس', 'التهمت', 'ألكسندر', 'أليكس',
  'ألبرت', 'ألفريد', 'ألونسو'
]
