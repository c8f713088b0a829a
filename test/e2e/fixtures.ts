import { test as base, expect, type Page } from '@playwright/test'
import { MarsadCore } from '../../src/core'
import { assertRendererBuilt, openApp, RENDERER_DIR, type OpenAppOptions } from '../harness/browserApp'
import { serveRenderer, type RendererServer } from '../harness/rendererServer'
import { makeTempDir } from '../helpers/tempLibrary'

interface MarsadFixtures {
  /** A real library in a temporary folder, opened by a real core. */
  core: MarsadCore
  /** Opens the app in a fresh browser context bound to `core`. */
  openMarsad(options?: OpenAppOptions): Promise<Page>
}

export const test = base.extend<MarsadFixtures, { rendererUrl: string }>({
  rendererUrl: [
    async ({}, use) => {
      assertRendererBuilt()
      const server: RendererServer = await serveRenderer(RENDERER_DIR)
      await use(server.url)
      await server.close()
    },
    { scope: 'worker' }
  ],
  core: async ({}, use) => {
    const temp = makeTempDir('marsad-e2e-')
    const core = new MarsadCore({ libraryPath: temp.file('library.marsad') })
    await use(core)
    // Awaited: a PDF printer's browser closing after the test would report into the next one.
    await core.close()
    temp.cleanup()
  },
  openMarsad: async ({ browser, core, rendererUrl }, use) => {
    const contexts: { close(): Promise<void> }[] = []
    await use(async (options = {}) => {
      const { context, page } = await openApp(browser, core, rendererUrl, options)
      contexts.push(context)
      return page
    })
    for (const context of contexts) await context.close()
  }
})

export { expect }
