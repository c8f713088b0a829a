import type { CliCommand } from '../command'
import { batchSearchCommand } from './batchSearch'
import { analyzeCommand, normalizeCommand } from './analyze'
import { clustersCommand } from './clusters'
import { importCommand } from './import'
import { infoCommand } from './info'
import { storiesCommand } from './stories'
import { tagCommand } from './tag'
import { tagsCommand } from './tags'
import { linkCommand } from './link'
import { linksCommand } from './links'
import { noteCommand } from './note'
import { notesCommand } from './notes'
import { reindexCommand } from './reindex'
import { searchCommand } from './search'

/** Every command, in the order `marsad --help` lists them. */
export const commands: readonly CliCommand[] = [infoCommand, importCommand, storiesCommand, clustersCommand, analyzeCommand, normalizeCommand, tagCommand, tagsCommand, linkCommand, linksCommand, noteCommand, notesCommand, searchCommand, batchSearchCommand, reindexCommand]
