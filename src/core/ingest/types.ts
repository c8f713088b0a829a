/** What the ingest layer hands to the import pipeline: entries to read and the stories inside them. */
import type { PassedOverRecord } from '../../shared/contract/imports'

export type DumpKind = 'page' | 'records' | 'json' | 'jsonl' | 'csv' | 'html' | 'feed' | 'warc'

export type DumpEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6'

/** Where a story's source came from: a `المصدر:` line, a body dateline, a record header, a JSON/CSV field, or HTML metadata. */
export type SourceOrigin = 'label' | 'dateline' | 'header' | 'field' | 'meta'

export interface ParsedStory {
  /** 0-based, stable order of the story inside its entry. */
  position: number
  title: string | null
  /** Clean article text; paragraphs separated by '\n'. */
  body: string
  /** 'YYYY-MM-DD', the calendar day as written, or null (never invented). */
  date: string | null
  /** The date as written in the dump. */
  dateText: string | null
  /** 'YYYY-MM-DD' of "آخر تحديث" and the like, or null. */
  updated: string | null
  updatedText: string | null
  source: string | null
  sourceFrom: SourceOrigin | null
  keywords: string[]
  url: string | null
  author: string | null
  category: string | null
  /** 'ar' | 'fa' | 'en' | 'fr', judged by the letters of title and body, or null. */
  language: string | null
  /** Teaser headlines taken out of the body ("اقرأ أيضا: …"). */
  teasers: string[]
  /**
   * Positions of stories in the same entry that this one is linked to as `related`.
   * Always earlier positions (a "read also" story points back at its page's story), so the
   * pipeline can create the link as soon as the story arrives.
   */
  related: number[]
  /** Unknown fields kept, stringified. */
  extra: Record<string, string>
}

/** One file to import: a file on disk, a zip member (any depth), or dropped bytes. */
export interface DumpEntry {
  /** What the user sees: '/x/a.zip › inner/b.txt'. */
  displayPath: string
  /** Bytes (uncompressed). */
  size: number
  /** Whole content; only for small entries (< 64 MB). */
  read(): Promise<Buffer>
  /** Streaming content. Errors surface as DumpError. */
  stream(): NodeJS.ReadableStream | AsyncIterable<Buffer>
}

export interface OpenedDump {
  kind: DumpKind
  encoding: DumpEncoding
  /** Stories in file order. Rejects with DumpError (and nothing else) when the input turns out bad mid-way. */
  stories(): AsyncGenerator<ParsedStory>
  /** Releases the underlying stream when stories() is not read to the end (breaking out of it also does). */
  close(): void
  /** What stories() read and passed over by design (a web archive's requests, images…), by why; empty for most kinds. */
  passedOver(): Partial<Record<PassedOverRecord, number>>
}

export interface ZipLimits {
  /** Sum of the uncompressed sizes of everything inside one dropped zip, nested zips included. */
  maxTotalBytes: number
  /** Highest uncompressed:compressed ratio allowed for an entry larger than ratioFloorBytes. */
  maxRatio: number
  ratioFloorBytes: number
  /** Zips inside zips, counting the outer one as 1. */
  maxDepth: number
  /** Entries in one dropped zip, nested ones included. */
  maxEntries: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 4 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 1024 ** 2,
  maxDepth: 8,
  maxEntries: 100_000
}
