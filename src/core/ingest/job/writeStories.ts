import { placeStories, type NewlyStoredStory } from '../../clusters'
import type { FileBatchWriter, ImportedFile, Library } from '../../library'
import type { ImportFileResult } from '../../../shared/contract/imports'
import { isDatabaseBusy } from '../../../shared/errors'
import type { ReadEvent, ReadyStory } from './events'
import type { CurrentFile } from './progress'

export interface WriteTotals {
  stories: number
  duplicates: number
  failed: number
  filesDone: number
}

/**
 * A file this big is written as it is read, in a transaction of its own (what came before it committed first);
 * smaller files are read whole, then written into the current batch.
 */
const BIG_FILE_BYTES = 8 * 1024 * 1024

interface FileInProgress {
  result: ImportFileResult
  sha256: string
  size: number
  /** Written as read (a big file), or held until read whole (a small one). */
  streamed: boolean
  fileId: number | null
  /** The record of this file when it is imported before and read again for the copies it lost (migration 0150). */
  rereadFileId: number | null
  /** Stories of a small file, waiting for the end of the file. */
  held: ReadyStory[]
  /** Story ids by position in the file, for "read also" links. */
  ids: Map<number, number>
}

/**
 * The writing side of an import. Each file lands whole or not at all: a small file is written only once it has
 * been read to the end, into a batch of files committed together about once a second; a big file is written as
 * it is read, in a transaction of its own that a parse error half-way, a cancel or a killed process rolls back.
 * Stories are deduplicated by the library; "read also" links are written with their stories; each new story joins
 * the cluster of its syndicated copies (incrementally, in the same transaction).
 */
export class StoryWriter {
  readonly files: ImportFileResult[] = []
  readonly totals: WriteTotals = { stories: 0, duplicates: 0, failed: 0, filesDone: 0 }
  private readonly batches: FileBatchWriter
  /** Files written into the open batch, so that a failed write can report them all. */
  private inBatch: ImportFileResult[] = []
  private current: FileInProgress | null = null

  constructor(
    private readonly library: Library,
    private readonly runId: number,
    /** Off only to measure what clustering costs (bench/clusters.ts). */
    private readonly clusterCopies = true
  ) {
    this.batches = library.fileBatches()
  }

  get currentFile(): string | null {
    return this.current?.result.path ?? null
  }

  /** The file being read and how many of its stories have arrived (held or written). */
  currentProgress(): CurrentFile | null {
    const current = this.current
    if (!current) return null
    return { path: current.result.path, stories: current.result.stories + current.result.duplicates + current.held.length }
  }

  /** Commits the files finished so far (the end of an import, or its cancel). */
  commit(): void {
    this.batches.commit()
    this.inBatch = []
  }

  /**
   * Applies one event. If writing fails (a full disk, say), what the open transaction held is rolled back and
   * reported, and the rest of the failed file's events are ignored; the next file starts afresh.
   */
  handle(event: ReadEvent): void {
    if (this.current === null && (event.type === 'opened' || event.type === 'stories' || event.type === 'file-done')) return
    try {
      this.apply(event)
    } catch (error) {
      this.writeFailed(error as Error)
    }
  }

  /**
   * Commits the finished files of an old batch while the reader works on the next file, so that a file slow to
   * read does not hold back those before it. Not while a big file is written: its transaction is that file's own.
   */
  commitFinishedFiles(): void {
    if (this.current?.streamed) return
    if (this.batches.commitIfOld()) this.inBatch = []
  }

  /** Cancel or crash of the reading side: the file in progress is dropped and reported as not imported. */
  abandon(reason: { code: string; message: string }): void {
    if (!this.current) return
    this.failFile({ displayPath: this.current.result.path, ...reason })
  }

  private apply(event: ReadEvent): void {
    switch (event.type) {
      case 'file':
        this.startFile(event)
        break
      case 'opened':
        this.current!.result.kind = event.kind
        this.current!.result.encoding = event.encoding
        // A big file found imported meanwhile by another process: its transaction, begun for nothing, ends now.
        if (this.current!.streamed && !this.beginFile()) this.commit()
        break
      case 'stories':
        if (this.current!.result.alreadyImported) break
        if (this.current!.streamed) this.writeStories(event.stories)
        else this.current!.held.push(...event.stories)
        break
      case 'file-done':
        if (event.passedOver) this.current!.result.passedOver = event.passedOver
        this.finishFile()
        break
      case 'file-failed':
        this.failFile(event.problem)
        break
      case 'bytes':
        break
    }
  }

  private startFile(event: Extract<ReadEvent, { type: 'file' }>): void {
    // The writer decides: the reader may not know of a copy of this file imported earlier in the same run.
    const found = this.library.imports.findFile(event.sha256)
    const rereadFileId = found?.rereadForCopies ? found.id : null
    const earlier = rereadFileId === null ? found : null
    const result = emptyResult(event.path)
    const streamed = event.size >= BIG_FILE_BYTES && !earlier
    if (streamed) this.commit()
    this.current = { result, sha256: event.sha256, size: event.size, streamed, fileId: null, rereadFileId, held: [], ids: new Map() }
    if (earlier) this.skipAsImported(earlier)
  }

  /** A file the library holds already: nothing of it is written, and its stories count as duplicates. */
  private skipAsImported(earlier: ImportedFile): void {
    Object.assign(this.current!.result, {
      alreadyImported: true,
      kind: earlier.kind,
      encoding: earlier.encoding,
      stories: 0,
      duplicates: earlier.stories + earlier.duplicates
    })
  }

  /**
   * Opens the file's transaction (or joins the batch) and records the file, inside it (unless it is read again).
   * False when another process imported the same file since startFile looked: with the write lock held, that is
   * now certain, and the file is skipped as imported.
   */
  private beginFile(): boolean {
    const current = this.current!
    this.batches.begin()
    const meanwhile = current.rereadFileId === null ? this.library.imports.findFile(current.sha256) : null
    if (meanwhile) {
      this.skipAsImported(meanwhile)
      return false
    }
    current.fileId =
      current.rereadFileId ??
      this.library.imports.addFile({
        runId: this.runId,
        path: current.result.path,
        sha256: current.sha256,
        size: current.size,
        kind: current.result.kind ?? 'unknown',
        encoding: current.result.encoding ?? 'unknown'
      })
    return true
  }

  private writeStories(stories: ReadyStory[]): void {
    const current = this.current!
    const stored: NewlyStoredStory[] = []
    for (const story of stories) {
      const added = this.library.stories.add(story.prepared, { fileId: current.fileId!, position: story.position })
      current.ids.set(story.position, added.id)
      if (added.isNew) {
        current.result.stories++
        this.totals.stories++
        if (story.signature) stored.push({ id: added.id, signature: story.signature, identityHash: story.prepared.identityHash })
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
    if (!current.result.alreadyImported && !current.streamed && this.beginFile()) this.writeStories(current.held)
    if (current.result.alreadyImported) {
      // A file imported before: its stories count as duplicates, none was written.
      this.totals.duplicates += current.result.duplicates
    } else {
      if (current.rereadFileId !== null) this.library.imports.recordReread(current.rereadFileId, current.result.stories)
      else this.library.imports.setFileCounts(current.fileId!, current.result.stories, current.result.duplicates)
      this.inBatch.push(current.result)
      if (this.batches.wrote(current.result.stories + current.result.duplicates, current.streamed)) this.inBatch = []
    }
    this.totals.filesDone++
    this.files.push(current.result)
    this.current = null
  }

  /** A file that could not be read (or was cancelled): a big one's transaction is rolled back; a small one was never written. */
  private failFile(problem: { displayPath: string; code: string; message: string; columns?: string[] }): void {
    const current = this.current
    if (current?.streamed && current.fileId !== null) this.batches.rollback()
    if (current) {
      this.totals.stories -= current.result.stories
      this.totals.duplicates -= current.result.duplicates
    }
    this.report(current?.result ?? emptyResult(problem.displayPath), problem)
    this.current = null
  }

  /** SQLite refused a write: the open transaction goes, and every file it held is reported as not imported. */
  private writeFailed(error: Error): void {
    const current = this.current
    this.batches.rollback()
    const lost = [...this.inBatch, ...(current && !this.inBatch.includes(current.result) ? [current.result] : [])]
    for (const result of lost) {
      this.totals.stories -= result.stories
      this.totals.duplicates -= result.duplicates
      const message = `${result.path}: Marsad could not write to the library (${whyNotWritten(error)}); nothing of this file was kept.`
      if (this.files.includes(result)) {
        Object.assign(result, { stories: 0, duplicates: 0, error: { code: 'write-failed', message } })
        this.totals.failed++
      } else {
        this.report(result, { code: 'write-failed', message })
      }
    }
    this.inBatch = []
    this.current = null
  }

  private report(result: ImportFileResult, problem: { code: string; message: string; columns?: string[] }): void {
    const error = { code: problem.code, message: problem.message, ...(problem.columns ? { columns: problem.columns } : {}) }
    Object.assign(result, { stories: 0, duplicates: 0, error })
    this.totals.failed++
    this.totals.filesDone++
    this.files.push(result)
  }
}

/** SQLite's reason, or for a lock, what it means: import the file again once the other program is done. */
function whyNotWritten(error: Error): string {
  const busy = isDatabaseBusy(error)
  return busy ? 'another program kept it busy with its own writing; import the file again once that has finished' : error.message
}

function emptyResult(path: string): ImportFileResult {
  return { path, kind: null, encoding: null, stories: 0, duplicates: 0, alreadyImported: false, error: null }
}
