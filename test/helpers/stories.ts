import { prepareStory, storyFields, type Library, type StoryFields } from '../../src/core/library'

/** Adds a story the way the importer does (analysed, deduplicated, indexed) from just the fields a test cares about. */
export function addStory(library: Library, fields: Partial<StoryFields> & { body: string }): number {
  return library.stories.add(prepareStory(storyFields(fields))).id
}
