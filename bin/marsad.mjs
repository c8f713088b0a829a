#!/usr/bin/env node
// The `marsad` command line. The TypeScript sources are built into out/cli by `npm run build`.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const entry = fileURLToPath(new URL('../out/cli/index.js', import.meta.url))
if (!existsSync(entry)) {
  process.stderr.write('marsad: the command line is not built yet. Run `npm run build` in the Marsad folder first.\n')
  process.exit(1)
}
const { main } = createRequire(import.meta.url)(entry)
process.exitCode = await main(process.argv.slice(2))
