import { defineConfig } from '@playwright/test'

/**
 * The app itself: Marsad's built main process and preload (out/main, out/preload) on the Electron stand-in over
 * Debian's Chromium (test/electron). `npm run test:app` runs these under c8 for the shell's coverage.
 */
export default defineConfig({
  testDir: 'test/app',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results/app',
  // The built bundles run as they are: Playwright must not transpile them (it would move their source maps).
  build: { external: ['**/out/**'] }
})
