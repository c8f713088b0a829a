import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { MarsadCore } from '../../src/core'
import { apiMethods } from '../../src/shared/api'
import { dispatchApiCall } from '../../src/shared/dispatch'

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer')

/** Debian's Chromium, with the flags this sandboxed, offline machine needs. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}

export function assertRendererBuilt(): void {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first.')
  }
}

export interface OpenAppOptions {
  language?: 'ar' | 'en'
  viewport?: { width: number; height: number }
  colorScheme?: 'light' | 'dark'
}

/**
 * The preload's stand-in, as the page's own JavaScript source. A string, not a function: Playwright sends a
 * function's `toString()`, and under tsx (`npm run screenshots`) that text calls esbuild's `__name` helper, which
 * the page lacks, so the script stopped before it defined `__marsadEmit` and the page got no core events.
 */
function bridgeScript(methods: readonly string[], language: 'ar' | 'en' | null): string {
  return `(() => {
  const methods = ${JSON.stringify(methods)};
  const language = ${JSON.stringify(language)};
  if (language) localStorage.setItem('marsad.language', language);
  const listeners = new Map();
  const invoke = window.__marsadInvoke;
  const bridge = {};
  for (const name of methods) bridge[name] = (request) => invoke(name, request ?? {});
  bridge.on = (event, listener) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(listener);
    return () => listeners.get(event).delete(listener);
  };
  Object.defineProperty(window, 'marsad', { value: Object.freeze(bridge) });
  Object.defineProperty(window, '__marsadEmit', {
    value: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload))
  });
})();`
}

/**
 * The test transport: loads the built renderer and binds the API contract into the page onto a real core
 * (same dispatch as the Electron IPC handler), standing in for the preload. Core events reach the page
 * through the same `on` the preload offers.
 */
export async function openApp(
  browser: Browser,
  core: MarsadCore,
  rendererUrl: string,
  options: OpenAppOptions = {}
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1360, height: 860 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.language === 'en' ? 'en-US' : 'ar'
  })
  await context.exposeBinding('__marsadInvoke', (_source, method: unknown, request: unknown) =>
    dispatchApiCall(core.handlers, method, request)
  )
  await context.addInitScript(bridgeScript(apiMethods, options.language ?? null))
  const page = await context.newPage()
  const stopForwarding = core.onEvent((name, payload) => {
    void page
      .evaluate(
        ([event, data]) => (window as unknown as { __marsadEmit(e: string, p: unknown): void }).__marsadEmit(event as string, data),
        [name, payload] as const
      )
      .catch(() => undefined)
  })
  page.on('close', stopForwarding)
  await page.goto(rendererUrl)
  return { context, page }
}
