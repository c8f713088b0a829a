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
  /** Why the library cannot be changed (read-only, or damaged), in English; null when it can. */
  readOnly: { code: 'library-read-only' | 'library-damaged'; message: string } | null
}

export interface Pong {
  pong: true
  /** The SQLite version the core runs on, which proves the call reached the library layer. */
  sqliteVersion: string
}

/** Where a story first arrived from: an imported file, its SHA-256, and the story's place in it. */
export interface Provenance {
  file: string
  fileHash: string
  position: number
}

/** A whole story, as the reader shows it: the text exactly as the dump had it, and what the importer read. */
export interface Story {
  id: StoryId
  title: string | null
  body: string
  date: string | null
  dateText: string | null
  updated: string | null
  updatedText: string | null
  source: string | null
  sourceFrom: string | null
  url: string | null
  author: string | null
  category: string | null
  language: string | null
  keywords: string[]
  teasers: string[]
  extra: Record<string, string>
  addedAt: string
  provenance: Provenance | null
  /** Every arrival of this story (the first included): the file and the story's place in it. */
  sightings: { file: string; position: number }[]
  /** The syndication cluster it belongs to (copies of one story carried by several outlets), or null. */
  clusterId: number | null
}

/** The kinds of link between two stories (the library's `links.kind`), in the order the reader groups them. */
export const LINK_KINDS = ['related', 'follows', 'contradicts', 'same-event', 'source-of'] as const
export type LinkKind = (typeof LINK_KINDS)[number]
/** 'import' for links the importer made from a dump's "read also" lines; they can be removed like any other. */
export type LinkOrigin = 'user' | 'import'
