import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_FOLDER_NAME = 'Marsad'
export const LIBRARY_FILE_NAME = 'library.marsad'

/**
 * The folder Electron calls `userData` for an app named Marsad, computed without Electron so that the CLI
 * and the app agree on where the default library lives.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME)
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_FOLDER_NAME)
}

export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return join(userDataDir(env, platform), LIBRARY_FILE_NAME)
}
