/**
 * The layering DESIGN.md draws, checked on every import statement: arrows point one way, only main and
 * preload touch Electron, only core/library writes SQL, and folders are entered through their index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = resolve(__dirname, '../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

interface ImportEdge {
  file: string
  specifier: string
  /** src-relative target for relative imports, e.g. 'core/library/index' */
  target: string | null
}

function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(file, 'utf8')
  const edges: ImportEdge[] = []
  for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const specifier = (match[1] ?? match[2])!
    const target = specifier.startsWith('.') ? relative(src, resolve(dirname(file), specifier)).split(sep).join('/') : null
    edges.push({ file: relative(src, file).split(sep).join('/'), specifier, target })
  }
  return edges
}

const files = sourceFiles(src)
const edges = files.flatMap(importsOf)
const layer = (path: string) => path.split('/')[0]!

describe('architecture', () => {
  it('arrows point one way: renderer, preload → shared; main, cli → core, shared; core → shared', () => {
    const allowed: Record<string, string[]> = {
      shared: ['shared'],
      core: ['core', 'shared'],
      main: ['main', 'core', 'shared'],
      cli: ['cli', 'core', 'shared'],
      preload: ['preload', 'shared'],
      renderer: ['renderer', 'shared']
    }
    const violations = edges
      .filter((edge) => edge.target !== null && !allowed[layer(edge.file)]!.includes(layer(edge.target)))
      .map((edge) => `${edge.file} imports ${edge.specifier}`)
    expect(violations).toEqual([])
  })

  it('only main and preload import electron; shared and renderer import no Node module', () => {
    const violations = edges
      .filter((edge) => {
        const from = layer(edge.file)
        if (edge.specifier === 'electron' || edge.specifier.startsWith('electron/')) return from !== 'main' && from !== 'preload'
        if (edge.specifier.startsWith('node:')) return from === 'shared' || from === 'renderer' || from === 'preload'
        return false
      })
      .map((edge) => `${edge.file} imports ${edge.specifier}`)
    expect(violations).toEqual([])
  })

  it('only core/library holds SQL', () => {
    const sql = /\.(prepare|pragma)\(|\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE (TABLE|INDEX|VIRTUAL TABLE))\b/
    const offenders = files
      .filter((file) => !relative(src, file).split(sep).join('/').startsWith('core/library/'))
      .filter((file) => sql.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file))
    expect(offenders).toEqual([])
  })

  it('core folders are entered through their index', () => {
    const violations = edges
      .filter((edge) => edge.target?.startsWith('core/'))
      .filter((edge) => {
        const [, fromFolder] = edge.file.split('/')
        const [, toFolder, ...rest] = edge.target!.split('/')
        const crossesFolder = fromFolder !== toFolder && rest.length > 0
        return crossesFolder && rest.join('/') !== 'index'
      })
      .map((edge) => `${edge.file} imports ${edge.specifier}`)
    expect(violations).toEqual([])
  })
})
