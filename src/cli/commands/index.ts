import type { CliCommand } from '../command'
import { infoCommand } from './info'

/** Every command, in the order `marsad --help` lists them. */
export const commands: readonly CliCommand[] = [infoCommand]
