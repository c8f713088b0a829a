import { z } from 'zod'
import type { LibraryInfo, Pong, Story, StoryPage } from '../domain'
import { method, noArguments, paging, storyId } from './method'

export const libraryContract = {
  ping: method(noArguments).returns<Pong>(),
  libraryInfo: method(noArguments).returns<LibraryInfo>(),
  /** Stories newest first (by the day the dump gave), undated last. */
  listStories: method(z.object(paging).strict()).returns<StoryPage>(),
  /** One whole story for the reader; `not-found` when it is gone. */
  getStory: method(z.object({ id: storyId }).strict()).returns<Story>()
}

export interface LibraryEvents {
  libraryChanged: { reason: 'opened' | 'imported' | 'edited' }
}
