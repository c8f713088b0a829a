import { placeStories, type NewlyStoredStory } from '../../clusters'
import type { Library } from '../../library'
import type { ImportFileResult } from '../../../shared/contract/imports'
import type { ReadEvent, ReadyStory } from './events'

export interface WriteTotals {
  stories: number
  duplicates: number
  failed: number
  filesDone: number
}

/**
 * The writing side of an import: one transaction per file, so a file lands whole or not at all — a parse
 * error half-way, a cancel or a killed process rolls back to the state before the file. Stories are
 * deduplicated by the library; "read also" links are written as the stories arrive; each new story joins the
 * cluster of its syndicated copies (incrementally, within the same transaction).
 */
export class StoryWriter {
  readonly files: ImportFileResult[] = []
  readonly totals: WriteTotals = { stories: 0, duplicates: 0, failed: 0, filesDone: 0 }
  private skippingFile = false
  private current: { result: ImportFileResult; sha256: string; size: number; fileId: number | null; ids: Map<number, number> } | null = null

  constructor(
    private readonly library: Library,
    private readonly runId: number,
    /** Off only to measure what clustering costs (bench/clusters.ts). */
    private readonly clusterCopies = true
  ) {}

  get currentFile(): string | null {
    return this.current?.result.path ?? null
  }

  /**
   * Applies one event. If writing fails (a full disk, say), the file in progress is rolled back and reported,
   * and the rest of its events are ignored; the next file starts afresh.
   */
  handle(event: ReadEvent): void {
    if (this.skippingFile && event.type !== 'file' && event.type !== 'file-failed') return
    try {
      this.apply(event)
    } catch (error) {
      const message = `${this.currentFile ?? 'A file'}: Marsad could not write to the library (${(error as Error).message}).`
      this.failFile({ displayPath: this.currentFile ?? '', code: 'write-failed', message })
      this.skippingFile = event.type !== 'file-done'
    }
  }

  private apply(event: ReadEvent): void {
    if (event.type === 'file' || event.type === 'file-failed') this.skippingFile = false
    switch (event.type) {
      case 'file':
        this.startFile(event)
        break
      case 'opened':
        this.openFile(event.kind, event.encoding)
        break
      case 'stories':
        this.writeStories(event.stories)
        break
      case 'file-done':
        this.finishFile()
        break
      case 'file-failed':
        this.failFile(event.problem)
        break
      case 'bytes':
        break
    }
  }

  /** Cancel or crash of the reading side: the file in progress is rolled back and reported as not imported. */
  abandon(reason: { code: string; message: string }): void {
    if (!this.current) return
    this.failFile({ displayPath: this.current.result.path, ...reason })
  }

  private startFile(event: Extract<ReadEvent, { type: 'file' }>): void {
    // The writer decides: the reader may not know of a copy of this file imported earlier in the same run.
    const earlier = this.library.imports.findFile(event.sha256)
    const result: ImportFileResult = {
      path: event.path, kind: null, encoding: null, stories: 0, duplicates: 0, alreadyImported: earlier !== null, error: null
    }
    if (earlier) Object.assign(result, { kind: earlier.kind, encoding: earlier.encoding, duplicates: earlier.stories + earlier.duplicates })
    this.current = { result, sha256: event.sha256, size: event.size, fileId: null, ids: new Map() }
  }

  private openFile(kind: string, encoding: string): void {
    const current = this.current!
    if (current.result.alreadyImported) return
    current.result.kind = kind
    current.result.encoding = encoding
    this.library.db.exec('BEGIN IMMEDIATE')
    current.fileId = this.library.imports.addFile({
      runId: this.runId, path: current.result.path, sha256: current.sha256, size: current.size, kind, encoding
    })
  }

  private writeStories(stories: ReadyStory[]): void {
    const current = this.current!
    if (current.result.alreadyImported) return
    const stored: NewlyStoredStory[] = []
    for (const story of stories) {
      const added = this.library.stories.add(story.prepared, { fileId: current.fileId!, position: story.position })
      current.ids.set(story.position, added.id)
      if (added.isNew) {
        current.result.stories++
        this.totals.stories++
        if (story.signature) stored.push({ id: added.id, signature: story.signature, contentHash: story.prepared.contentHash })
      } else {
        current.result.duplicates++
        this.totals.duplicates++
      }
      for (const position of story.related) {
        const to = current.ids.get(position)
        if (to !== undefined && to !== added.id) {
          this.library.links.add({ from: to, to: added.id, kind: 'related', note: null, origin: 'import' })
        }
      }
    }
    if (this.clusterCopies) placeStories(this.library, stored)
  }

  private finishFile(): void {
    const current = this.current!
    if (current.fileId !== null) {
      this.library.imports.setFileCounts(current.fileId, current.result.stories, current.result.duplicates)
      this.library.db.exec('COMMIT')
    } else {
      // A file imported before: its stories count as duplicates, none was read.
      this.totals.duplicates += current.result.duplicates
    }
    this.totals.filesDone++
    this.files.push(current.result)
    this.current = null
  }

  private failFile(problem: { displayPath: string; code: string; message: string }): void {
    const current = this.current
    if (current?.fileId != null && this.library.db.inTransaction) this.library.db.exec('ROLLBACK')
    if (current) {
      // What this file had added is gone with the rollback.
      this.totals.stories -= current.result.stories
      this.totals.duplicates -= current.result.duplicates
    }
    const result: ImportFileResult = current?.result ?? {
      path: problem.displayPath, kind: null, encoding: null, stories: 0, duplicates: 0, alreadyImported: false, error: null
    }
    Object.assign(result, { stories: 0, duplicates: 0, error: { code: problem.code, message: problem.message } })
    this.totals.failed++
    this.totals.filesDone++
    this.files.push(result)
    this.current = null
  }
}
