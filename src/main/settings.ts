import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** What the app remembers between runs, in settings.json beside the default library. */
export interface AppSettings {
  libraryPath?: string
}

export class SettingsStore {
  private readonly file: string

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'settings.json')
  }

  read(): AppSettings {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as AppSettings
    } catch {
      return {}
    }
  }

  update(change: Partial<AppSettings>): void {
    mkdirSync(dirname(this.file), { recursive: true })
    writeFileSync(this.file, JSON.stringify({ ...this.read(), ...change }, null, 2))
  }
}
