/**
 * Interface text in Arabic and English, one bundle per feature (so features can grow independently), merged
 * into one `t` object. Messages are functions where numbers or plurals appear, so both follow the language's
 * own rules (Arabic has six plural forms).
 */
import { common, type CommonMessages } from './common'
import { importMessages, type ImportMessages } from './import'
import { searchMessages, type SearchMessages } from './search'
import { readerMessages, type ReaderMessages } from './reader'
import { briefingMessages, type BriefingMessages } from './briefing'
import { clusterMessages, type ClusterMessages } from './clusters'
import { watchMessages, type WatchMessages } from './watch'
import { alertMessages, type AlertMessages } from './alerts'
import { tagMessages, type TagMessages } from './tags'
import { firstScreenMessages, type FirstScreenMessages } from './firstScreen'
import type { Formatters, Language } from './types'

export type { Formatters, Language } from './types'

export type Messages = CommonMessages &
  ImportMessages &
  SearchMessages &
  ReaderMessages &
  BriefingMessages &
  ClusterMessages &
  WatchMessages &
  AlertMessages &
  TagMessages &
  FirstScreenMessages

const bundles = [
  common,
  importMessages,
  searchMessages,
  readerMessages,
  briefingMessages,
  clusterMessages,
  watchMessages,
  alertMessages,
  tagMessages,
  firstScreenMessages
] as const

export function messagesFor(language: Language, formatters: Formatters): Messages {
  return Object.assign({}, ...bundles.map((bundle) => bundle[language](formatters))) as Messages
}
