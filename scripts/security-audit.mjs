#!/usr/bin/env node
// Runs Electronegativity (Doyensec's static checker for Electron apps) over what governs the app's security:
// the main-process and preload sources (where reviewed exceptions carry `eng-disable` comments, which the
// bundler would strip) and the built index.html (whose CSP the build hash-pins). Fails on any finding above
// INFORMATIONAL. Needs no Electron binary; `npm run build` must have run.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const builtPage = join(root, 'out/renderer/index.html')
if (!existsSync(builtPage)) {
  console.error('security-audit: out/renderer/index.html is missing; run `npm run build` first.')
  process.exit(1)
}
const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js')

const stage = mkdtempSync(join(tmpdir(), 'marsad-audit-'))
try {
  cpSync(join(root, 'package.json'), join(stage, 'package.json'))
  cpSync(join(root, 'src/main'), join(stage, 'src/main'), { recursive: true })
  cpSync(join(root, 'src/preload'), join(stage, 'src/preload'), { recursive: true })
  cpSync(builtPage, join(stage, 'renderer/index.html'))
  const report = join(stage, 'findings.csv')
  execFileSync(process.execPath, [cli, '-i', stage, '-e', electronVersion, '-r', '-o', report], { stdio: 'pipe' })
  const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1).filter(Boolean)
  const findings = rows.map((row) => {
    const [issue, severity, confidence, file, location] = row.match(/("[^"]*"|[^,]+)/g).map((cell) => cell.replace(/^"|"$/g, '').trim())
    return { issue, severity, confidence, file, location }
  })
  for (const finding of findings) {
    console.log(`${finding.severity.padEnd(13)} ${finding.confidence.padEnd(9)} ${finding.issue}  ${finding.file}:${finding.location}`)
  }
  const serious = findings.filter((finding) => finding.severity !== 'INFORMATIONAL')
  console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} finding(s), ${serious.length} above informational.`)
  process.exitCode = serious.length === 0 ? 0 : 1
} finally {
  rmSync(stage, { recursive: true, force: true })
}
