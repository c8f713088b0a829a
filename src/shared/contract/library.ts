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
  /**
   * Opens a story's web address in the system browser. The page names the story, not the address: the core looks
   * the address up and opens it only when it is http(s), so the window can open nothing else. `not-found` when the
   * story has no web address; `unsupported` where the transport has no browser to open (the CLI, a test page).
   */
  openStoryLink: method(z.object({ id: storyId }).strict()).returns<{ url: string }>(),
  /**
   * SQLite's integrity check over the whole file (slow on a big library): the problems found, none when sound. With
   * `repair`, a damaged library is rebuilt in place as far as it can be, else replaced by its newest sound backup.
   */
  checkLibrary: method(z.object({ repair: z.boolean().optional() }).strict()).returns<LibraryCheck>(),
  /** A consistent copy of the library: to `target`, or into the folder of backups beside it (the newest few kept). */
  backupLibrary: method(z.object({ target: z.string().min(1).optional() }).strict()).returns<{ path: string }>(),
  /** The window says which language it shows, so that what main draws around it (the menus) follows. */
  setInterfaceLanguage: method(z.object({ language: z.enum(['ar', 'en']) }).strict()).returns<{ language: InterfaceLanguage }>()
}

export interface LibraryCheck {
  ok: boolean
  problems: string[]
  /** Where the library's backups are, to restore one. */
  backupFolder: string
  /** What a repair did: rebuilt the library in place, or restored a backup (the damaged file kept aside); null without one. */
  repair: { problemsBefore: string[]; restoredFrom: string | null; damagedCopy: string | null } | null
}

export interface LibraryEvents {
  libraryChanged: { reason: 'opened' | 'imported' | 'edited' | 'checked' }
  interfaceLanguageChanged: { language: InterfaceLanguage }
}

export type InterfaceLanguage = 'ar' | 'en'
