/**
 * Reading the plain PDF structure Chromium (156, and Electron's builds of it) writes: every object that is a
 * dictionary stands in the file as `N 0 obj << … >> endobj`, uncompressed (it writes no object streams).
 */

/** A dictionary object; never across an `endobj`, so that a stream object (`<< … >> stream … endobj`) does not
 * swallow the objects after it. */
const OBJECT = /(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*endobj/g

/** The file's dictionary objects by object number (the body between the outer `<<` and `>>`). */
export function dictionaryObjects(text: string): Map<number, string> {
  const objects = new Map<number, string>()
  for (const match of text.matchAll(OBJECT)) objects.set(Number(match[1]), match[2]!)
  return objects
}

/** The object number that `key` refers to in a dictionary's body (`/Key N 0 R`), or null. */
export function reference(body: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body)
  return match ? Number(match[1]) : null
}
