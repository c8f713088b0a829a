import { z } from 'zod'
import type { LibraryInfo, Pong, Story, StoryPage } from '../domain'
import { method, noArguments, paging, storyId } from './method'

export const libraryContract = {
  ping: method(noArguments).returns<Pong>(),
  libraryInfo: method(noArguments).returns<LibraryInfo>(),
  /** Stories newest first (by the day the dump gave), undated last. */
  listStories: method(z.object(paging).strict()).returns<StoryPage>(),
  /** One whole story for the reader; `not-found` when it is gone. */
  getStory: method(z.object({ id: storyId }).strict()).returns<Story>(),
  /** SQLite's integrity check over the whole file (slow on a big library): the problems found, none when sound. */
  checkLibrary: method(noArguments).returns<LibraryCheck>(),
  /** A consistent copy of the library: to `target`, or into the folder of backups beside it (the newest few kept). */
  backupLibrary: method(z.object({ target: z.string().min(1).optional() }).strict()).returns<{ path: string }>()
}

export interface LibraryCheck {
  ok: boolean
  problems: string[]
  /** Where the library's backups are, to restore one. */
  backupFolder: string
}

export interface LibraryEvents {
  libraryChanged: { reason: 'opened' | 'imported' | 'edited' }
}
