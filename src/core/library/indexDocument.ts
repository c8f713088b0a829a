import type { Story } from '../../shared/domain'
import { forEachStemUnderClitics, forEachToken } from '../text'
import { storyIdentity, textHash } from './storyIdentity'

/**
 * What a story is made of, as stored: the text exactly as the dump had it, and what the importer read — a Story
 * without what the library gives it (id, arrival, provenance, cluster).
 */
export type StoryFields = Omit<Story, 'id' | 'addedAt' | 'provenance' | 'sightings' | 'clusterId'>

/** Fills the optional fields, for callers (and tests) that only have some of them. */
export function storyFields(fields: Partial<StoryFields> & { body: string }): StoryFields {
  return {
    title: null,
    date: null,
    dateText: null,
    updated: null,
    updatedText: null,
    source: null,
    sourceFrom: null,
    url: null,
    author: null,
    category: null,
    language: null,
    keywords: [],
    teasers: [],
    extra: {},
    ...fields
  }
}

/**
 * A field as the index stores it: normalised terms, their stems position for position, and the stems under the
 * clitics of the terms that may carry some (forEachStemUnderClitics; not position for position).
 */
export interface AnalysedText {
  terms: string
  stems: string
  stemsUnderClitics: string
}

/** The columns of story_index (see migration 0050), except notes, which the library adds from the notes table. */
export interface StoryIndexText {
  title: AnalysedText
  body: AnalysedText
  keywords: AnalysedText
  /** Source names are matched on their terms only (`source:` filter). */
  source: string
}

/** A story analysed and ready to store: its fields, its index text, and the identity used to spot it arriving again. */
export interface PreparedStory {
  fields: StoryFields
  index: StoryIndexText
  /** Which story this is (storyIdentity): the same URL, or without one the same source, title and body. */
  identityHash: Buffer
}

export function analyseForIndex(text: string | null): AnalysedText {
  if (!text) return { terms: '', stems: '', stemsUnderClitics: '' }
  const terms: string[] = []
  const stems: string[] = []
  const stemsUnderClitics: string[] = []
  const underClitics = (stem: string) => stemsUnderClitics.push(stem)
  forEachToken(text, (term, stem) => {
    terms.push(term)
    stems.push(stem)
    forEachStemUnderClitics(term, stem, underClitics)
  })
  return { terms: terms.join(' '), stems: stems.join(' '), stemsUnderClitics: stemsUnderClitics.join(' ') }
}

/**
 * Pure and thread-safe: the import runs it off the writer's thread so that analysis and SQLite writes use both
 * cores. The library's writes take its result.
 */
export function prepareStory(fields: StoryFields): PreparedStory {
  const title = analyseForIndex(fields.title)
  const body = analyseForIndex(fields.body)
  const keywords = analyseForIndex(fields.keywords.join(' ، '))
  const source = analyseForIndex(fields.source).terms
  const identityHash = storyIdentity(fields.url, source, textHash(title.terms, body.terms))
  return { fields, index: { title, body, keywords, source }, identityHash }
}
