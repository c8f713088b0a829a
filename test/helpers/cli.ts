import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
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
  const code = await main(args, { stdout: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`), stderr: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`) }, { ...process.env, ...env })
  return { code, stdout, stderr }
}

/** Builds the CLI bundle when a test runs before `npm run build` has. */
export function ensureCliBuilt(): void {
  if (!existsSync(resolve(repoRoot, 'out/cli/index.js'))) {
    execFileSync('npx', ['vite', 'build', '-c', 'vite.node.config.ts', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'inherit' })
  }
}

/** Runs `node bin/marsad.mjs …` as a user would. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [binary, ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}
