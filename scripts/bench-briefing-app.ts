/**
 * The second half of `npm run bench:briefing`: the 50-item briefing of bench/briefing.ts exported by the app. The built
 * main process (`npm run build` first) runs on the Electron stand-in of the app specs (test/electron/), so the printer
 * is src/main/pdf.ts; the window asks for the export as its Export menu does. Prints the first export (which makes the
 * hidden print window) and the next ones. The target: under 3 s, the first export included. Apart from
 * bench/briefing.ts because the stand-in is browser-facing code, type-checked with the end-to-end tests.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { composeBriefing, median } from '../bench/briefing'
import { SAMPLE_PATH } from '../bench/search/corpus'
import { openLibrary } from '../src/core/library'
import { launchApp } from '../test/electron/launchApp'

const APP_RUNS = 3

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`: the stand-in's page runtime,
 * handed to the page as source, would then call a `__name` the page lacks and never install `window.marsad`. Every
 * browser context this process makes gets a `__name` that returns the function (Playwright's runner needs none).
 */
function definePageNameHelper(): void {
  const launch = chromium.launch.bind(chromium)
  chromium.launch = async (options) => {
    const browser = await launch(options)
    const newContext = browser.newContext.bind(browser)
    browser.newContext = async (contextOptions) => {
      const context = await newContext(contextOptions)
      await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
      return context
    }
    return browser
  }
}

/**
 * CPU seconds used so far by this process's children and theirs (Chromium's browser, renderer and GPU processes),
 * from /proc; null elsewhere than Linux. On a shared machine the wall-clock time of an export says as much about the
 * other processes as about the export; its CPU time does not.
 */
function childrenCpuSeconds(): number | null {
  if (!existsSync('/proc/self/stat')) return null
  const processes = new Map<number, { parent: number; ticks: number }>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // After the command's name in parentheses: state, ppid, …; utime and stime are the 12th and 13th fields.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      processes.set(Number(entry), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) })
    } catch {
      // The process ended while being read.
    }
  }
  const descendants = new Set([process.pid])
  for (let grew = true; grew;) {
    grew = false
    for (const [pid, { parent }] of processes) {
      if (descendants.has(pid) || !descendants.has(parent)) continue
      descendants.add(pid)
      grew = true
    }
  }
  descendants.delete(process.pid)
  let ticks = 0
  for (const pid of descendants) ticks += processes.get(pid)?.ticks ?? 0
  return ticks / 100
}

interface ExportCost {
  seconds: number
  cpuSeconds: number | null
}

/** One export as the window's Export menu asks for it (window.marsad.exportBriefing): its time and Chromium's CPU time. */
async function appExport(page: Page, id: number): Promise<ExportCost> {
  const cpuBefore = childrenCpuSeconds()
  const seconds = await page.evaluate(async (id) => {
    const started = performance.now()
    const file = await window.marsad.exportBriefing({ id, format: 'pdf' })
    if (!file.ok) throw new Error(file.error.message)
    return (performance.now() - started) / 1000
  }, id)
  const cpuAfter = childrenCpuSeconds()
  return { seconds, cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore }
}

function describe(cost: ExportCost): string {
  return `${cost.seconds.toFixed(2)} s${cost.cpuSeconds === null ? '' : ` (Chromium CPU ${cost.cpuSeconds.toFixed(2)} s)`}`
}

/** The briefing exported by the app's main process on the Electron stand-in, the first export and the next ones. */
async function main(): Promise<void> {
  if (!existsSync(SAMPLE_PATH)) return
  if (!existsSync(join(__dirname, '../out/main/index.js'))) {
    console.log('App export: not measured (run `npm run build` first).')
    return
  }
  const appData = mkdtempSync(join(tmpdir(), 'marsad-bench-app-'))
  try {
    // The app's default library: appData/Marsad/library.marsad.
    mkdirSync(join(appData, 'Marsad'))
    const library = openLibrary(join(appData, 'Marsad', 'library.marsad'))
    const briefingId = await composeBriefing(library).finally(() => library.close())
    definePageNameHelper()
    const app = await launchApp({ appData, locale: 'en-US' })
    try {
      const page = await app.page()
      const first = await appExport(page, briefingId)
      const next: ExportCost[] = []
      for (let run = 0; run < APP_RUNS; run++) next.push(await appExport(page, briefingId))
      const cpu = next.map((cost) => cost.cpuSeconds).filter((value): value is number => value !== null)
      console.log(`App export (src/main/pdf.ts on the Electron stand-in), first:  ${describe(first)} (target < 3 s)`)
      console.log(
        `App export, next (median of ${APP_RUNS}):  ${median(next.map((cost) => cost.seconds)).toFixed(2)} s` +
          `${cpu.length ? `, Chromium CPU ${median(cpu).toFixed(2)} s` : ''}  (runs: ${next.map(describe).join(', ')})`
      )
    } finally {
      await app.quit()
    }
  } finally {
    rmSync(appData, { recursive: true, force: true })
  }
}

void main()
