/**
 * Lines an article page prints around its text that are not the article: when it was published or updated,
 * who took the photo, a gallery's "Image 1 of 8". Readability keeps them when they sit inside the article's
 * element; they are recognised by their form alone (a label and a date, a credit, a counter), never by site.
 */

/** "Updated", "Published 1 day ago", "| UPDATED: 11:05, Tue, Nov 19, 2019", "آخر تحديث: …" — a label, then a date or nothing. */
const STAMP_LABEL =
  /^[|•·\s]*(?:(?:last\s+)?updated|published|posted|first\s+published|modified|آخر\s+تحديث|تم\s+التحديث|تحديث|نُشر|نشر)(?:\s+(?:at|on|في))?\s*[:：]?\s*/iu
const MAX_STAMP_CHARS = 80

/** What is left of a date and time once its words are taken out: weekdays, months, am/pm, zones, "ago". */
const DATE_WORDS = new RegExp(
  String.raw`\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|` +
    String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|` +
    String.raw`\b[ap]\.?m\b\.?|\b(?:utc|gmt|[ecmp][sd]t|bst|cet|cest|eet|ist|msk)\b|\b(?:at|on|ago|an?|minutes?|hours?|days?|weeks?|months?|years?|mins?|hrs?)\b|[\d\s,.:;/\-–|]+`,
  'gi'
)

/** A day named by its month, or written in numbers with its year: what tells a date from a figure or a time. */
const NAMES_A_DAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/i
const TELLS_WHEN = /\d|\bago\b/i

/** Nothing but date and time words: "Nov 19, 6:55 AM", "1 day ago". */
function isOnlyDate(text: string): boolean {
  return TELLS_WHEN.test(text) && text.replace(DATE_WORDS, '').trim() === ''
}

/** A publication or update stamp: a label with a date (or alone), or a date (a day, not only a time) alone. */
export function isDateStamp(line: string): boolean {
  const text = line.trim()
  if (text.length === 0 || text.length > MAX_STAMP_CHARS) return false
  const label = STAMP_LABEL.exec(text)
  if (label && label[0].trim().length > 0) {
    const rest = text.slice(label[0].length)
    return rest === '' || isOnlyDate(rest)
  }
  return NAMES_A_DAY.test(text) && isOnlyDate(text)
}

/** "Photo: Hau Dinh, AP", "Image credit: …", "© Aaron Schwartz", "الصورة: …", "تصوير: …". */
const CREDIT_LINE = /^(?:(?:photo|image|picture|photograph)s?(?:\s+credit)?|credit|تصوير|الصورة|صورة)\s*[:：]|^©/iu
/** A caption that ends in its credit: "… in Hialeah, Fla. (AP Photo/Alan Diaz, File)", "… (Image: GETTY )". */
const CAPTION_CREDIT = /\((?:(?:photo|image|picture)s?\s*[:：]|[\w.]+\s+photo\s*\/|photo\s+by\b)[^()]*\)\s*$/iu
const MAX_CREDIT_CHARS = 300

/** A photo's credit, or a caption that ends in one. */
export function isPhotoCredit(line: string): boolean {
  const text = line.trim()
  return text.length > 0 && text.length <= MAX_CREDIT_CHARS && (CREDIT_LINE.test(text) || CAPTION_CREDIT.test(text))
}

/** "Image 1 of 8", "Image 1 of / 8", "Slide 3 of 12". */
const GALLERY_COUNTER = /^(?:image|photo|picture|slide)\s+\d+\s+of\b[\s/\d]*$/i

/** A line of the page around the article: a date stamp, a photo credit or caption, a gallery counter. */
export function isPageChrome(line: string): boolean {
  return isDateStamp(line) || isPhotoCredit(line) || GALLERY_COUNTER.test(line.trim())
}
