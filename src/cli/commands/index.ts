import type { CliCommand } from '../command'
import { batchSearchCommand } from './batchSearch'
import { analyzeCommand, normalizeCommand } from './analyze'
import { clustersCommand } from './clusters'
import { importCommand } from './import'
import { backupCommand } from './backup'
import { checkCommand } from './check'
import { infoCommand } from './info'
import { initCommand } from './init'
import { storiesCommand } from './stories'
import { tagCommand } from './tag'
import { tagsCommand } from './tags'
import { linkCommand } from './link'
import { linksCommand } from './links'
import { noteCommand } from './note'
import { notesCommand } from './notes'
import { reindexCommand } from './reindex'
import { searchCommand } from './search'
import { trendCommand } from './trend'
import { briefingCommand } from './briefing'
import { briefingsCommand } from './briefings'
import { watchCommand } from './watch'

/** Every command, in the order `marsad --help` lists them. */
export const commands: readonly CliCommand[] = [
  initCommand,
  infoCommand,
  importCommand,
  watchCommand,
  storiesCommand,
  clustersCommand,
  analyzeCommand,
  normalizeCommand,
  tagCommand,
  tagsCommand,
  linkCommand,
  linksCommand,
  noteCommand,
  notesCommand,
  searchCommand,
  trendCommand,
  batchSearchCommand,
  reindexCommand,
  checkCommand,
  backupCommand,
  briefingCommand,
  briefingsCommand
]
