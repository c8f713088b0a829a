/** Domain types shared by every process. Plain data only: they cross IPC and JSON. */

export type StoryId = number

/** A story as the list pane shows it: no body, a short excerpt instead. */
export interface StorySummary {
  id: StoryId
  title: string | null
  source: string | null
  /** Calendar day as written in the dump, `YYYY-MM-DD`, or null when the dump gave none. */
  date: string | null
  dateText: string | null
  language: string | null
  excerpt: string
}

export interface StoryPage {
  total: number
  offset: number
  stories: StorySummary[]
}

export interface LibraryInfo {
  path: string
  schemaVersion: number
  storyCount: number
  /** Bytes on disk: the library file plus its write-ahead log. */
  sizeBytes: number
}

export interface Pong {
  pong: true
  /** The SQLite version the core runs on, which proves the call reached the library layer. */
  sqliteVersion: string
}
