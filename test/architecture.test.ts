/**
 * The one layering rule an import statement cannot show: only core/library writes SQL (docs/architecture.md).
 * The rules about imports — arrows point one way, only main and preload import electron, a core folder is entered
 * through its index — are ESLint's (eslint.config.mjs), so an editor shows them as they are broken.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = resolve(__dirname, '../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

describe('architecture', () => {
  it('only core/library holds SQL', () => {
    const sql = /\.(prepare|pragma)\(|\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE (TABLE|INDEX|VIRTUAL TABLE))\b/
    const offenders = sourceFiles(src)
      .filter((file) => !relative(src, file).split(sep).join('/').startsWith('core/library/'))
      .filter((file) => sql.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file))
    expect(offenders).toEqual([])
  })
})
