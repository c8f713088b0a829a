import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'

/**
 * better-sqlite3 is a native addon, and Electron's ABI differs from Node's. node_modules keeps the Node build
 * (tests, the CLI); the app loads a second build made for Electron by `scripts/electron-native.mjs`, kept in
 * native/electron-<abi>/ (packaged: resources/native/electron-<abi>/). Both are passed to better-sqlite3 as `nativeBinding`.
 */
export function electronSqliteBinding(): string {
  const abi = process.versions.modules
  const folder = app.isPackaged ? join(process.resourcesPath, 'native') : join(app.getAppPath(), 'native')
  const file = join(folder, `electron-${abi}`, 'better_sqlite3.node')
  if (!existsSync(file)) {
    throw new Error(
      `The SQLite addon built for Electron (ABI ${abi}) is missing at ${file}. Run \`node scripts/electron-native.mjs\` (needs network access once).`
    )
  }
  return file
}
