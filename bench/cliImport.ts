/** `marsad import` of one file in a child process of its own, as an analyst runs it: its time and peak memory. */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const CLI = resolve(__dirname, '../out/cli/index.js')

export interface CliImport {
  stories: number
  /** The import's own time, as the CLI reports it. */
  seconds: number
  /** With the process's start-up. */
  wallSeconds: number
  failed: number
  /** Peak resident memory of the process, all threads. */
  peakMb: number
}

export function importWithCli(file: string, libraryPath: string): CliImport {
  // The built CLI's main, in a process that reports its own peak resident memory (all threads) when done.
  const measured = `const { main } = require(${JSON.stringify(CLI)});
    main(['import', ${JSON.stringify(file)}, '--library', ${JSON.stringify(libraryPath)}, '--json']).then((code) => {
      process.stderr.write('PEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code })`
  const started = performance.now()
  const child = spawnSync(process.execPath, ['-e', measured], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })
  const wallSeconds = (performance.now() - started) / 1000
  const peakKb = Number(/PEAK_RSS_KB (\d+)/.exec(child.stderr)?.[1])
  let result: { stories: number; seconds: number; failed: number }
  try {
    result = JSON.parse(child.stdout) as typeof result
  } catch {
    throw new Error(`marsad import ${file} failed: ${child.stderr.slice(0, 2000)}`)
  }
  return { stories: result.stories, seconds: result.seconds, wallSeconds, failed: result.failed, peakMb: Math.round(peakKb / 1024) }
}
