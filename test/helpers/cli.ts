import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect } from 'vitest'
import { main } from '../../src/cli'

export const repoRoot = resolve(__dirname, '../..')
const binary = resolve(repoRoot, 'bin/marsad.mjs')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process (fast): same argument parsing, output and exit codes as the binary. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(
    args,
    { stdout: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`), stderr: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`) },
    { ...process.env, ...env }
  )
  return { code, stdout, stderr }
}

/**
 * The CLI against one library (its path read at each call, as tests set it in beforeEach): `cli` runs a command;
 * `json` runs it with --json, expects it to succeed without a word on stderr, and parses what it printed.
 */
export function cliOnLibrary(libraryPath: () => string) {
  const cli = (...args: string[]) => runCli([...args, '--library', libraryPath()])
  const json = async (...args: string[]) => {
    const run = await cli(...args, '--json')
    expect(run.stderr, args.join(' ')).toBe('')
    expect(run.code, args.join(' ')).toBe(0)
    return JSON.parse(run.stdout)
  }
  return { cli, json }
}

function newestSourceTime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name)
    return Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs)
  }, 0)
}

/** Builds the CLI bundle when it is missing or older than the sources (a test run without `npm run build`). */
export function ensureCliBuilt(): void {
  const bundle = resolve(repoRoot, 'out/cli/index.js')
  const stale = () => !existsSync(bundle) || statSync(bundle).mtimeMs < newestSourceTime(resolve(repoRoot, 'src'))
  if (!stale()) return
  // Test files run in parallel processes: one builds while the others wait, or they would empty out/cli under each other.
  const lock = resolve(repoRoot, 'out/.cli-build-lock')
  mkdirSync(resolve(repoRoot, 'out'), { recursive: true })
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
    }
  }
  try {
    if (stale())
      execFileSync('npx', ['vite', 'build', '-c', 'vite.node.config.ts', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'inherit' })
  } finally {
    rmdirSync(lock)
  }
}

/** Runs `node bin/marsad.mjs …` as a user would. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [binary, ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}
