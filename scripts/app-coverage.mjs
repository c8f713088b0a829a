#!/usr/bin/env node
// Line coverage of the Electron shell (src/main, src/preload) from `npm run test:app`: V8's coverage of the built
// bundles (out/main/index.js as the stand-in ran it under Node, out/preload/index.js as Chromium ran it in the
// window) mapped back through their source maps. Writes coverage/app/coverage-summary.json (istanbul json-summary)
// and a table, and fails unless every file of src/main and src/preload ran and their lines together reach 90%.
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mergeProcessCovs } from '@bcoe/v8-coverage'
import libCoverage from 'istanbul-lib-coverage'
import libReport from 'istanbul-lib-report'
import reports from 'istanbul-reports'
import v8ToIstanbul from 'v8-to-istanbul'

const root = resolve(import.meta.dirname, '..')
const rawDir = join(root, 'coverage/app/raw')
const reportDir = join(root, 'coverage/app')
const bundles = ['out/main/index.js', 'out/preload/index.js'].map((file) => join(root, file))
const shellDirs = ['src/main', 'src/preload'].map((dir) => join(root, dir))
const MINIMUM_LINES = 90

const shellBundleCoverage = readdirSync(rawDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(rawDir, name), 'utf8')))
  .map((processCov) => ({
    result: processCov.result.filter((script) => script.url.startsWith('file:') && bundles.includes(fileURLToPath(script.url)))
  }))
const merged = mergeProcessCovs(shellBundleCoverage)

const coverage = libCoverage.createCoverageMap({})
for (const script of merged.result) {
  const converter = v8ToIstanbul(fileURLToPath(script.url), 0)
  await converter.load()
  converter.applyCoverage(script.functions)
  coverage.merge(converter.toIstanbul())
}
coverage.filter((file) => shellDirs.some((dir) => file.startsWith(dir + '/')) && !file.endsWith('.d.ts'))

const context = libReport.createContext({ dir: reportDir, coverageMap: coverage, defaultSummarizer: 'flat' })
reports.create('json-summary').execute(context)
reports.create('text').execute(context)
rmSync(rawDir, { recursive: true, force: true })

const shellFiles = shellDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(dir, name))
)
const problems = []
for (const file of shellFiles) {
  if (!coverage.files().includes(file) || coverage.fileCoverageFor(file).toSummary().lines.covered === 0)
    problems.push(`${relative(root, file)} never ran`)
}
const lines = coverage.getCoverageSummary().lines
if (lines.pct < MINIMUM_LINES) problems.push(`lines covered ${lines.pct}% < ${MINIMUM_LINES}%`)
if (problems.length > 0) {
  console.error(`Shell coverage: ${problems.join('; ')}.`)
  process.exit(1)
}
console.log(`Shell coverage: ${lines.covered} of ${lines.total} lines (${lines.pct}%) of src/main and src/preload; every file ran.`)
