/**
 * The deck's print view (Slidev's `/print?print=true`, every slide one after the other in its last
 * click step) open in Chromium, ready to be printed to a tagged PDF. Slidev's own exporter cannot
 * ask Chromium for a tagged PDF (slidevjs/slidev#2426), so the exports open the view themselves:
 * Slidev's dev server in its "export" mode, in this process, and the Chromium that
 * scripts/chromium.ts resolves, driven by Playwright.
 *
 * The view is ready once every slide is there, no slide still shows Slidev's "Loading slide…"
 * placeholder, no chart is still loading (aria-busy) and the fonts have loaded: under load,
 * Slidev's exporter sometimes printed before that. Every request must stay on the deck's own
 * server; one that would leave the machine fails the export.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { ViteDevServer } from 'vite'
import type { DeckOutline } from './deck-outline'
import { resolve } from 'node:path'
import { DeckError, projectRoot } from './files'

/** Slidev's canvas, in CSS pixels: its default 1920 wide at 16:9. */
export const slideCanvas = { width: 1920, height: 1080 }

/** How long the deck may take to show every slide ready to print, in milliseconds. */
const readyTimeoutMs = 120_000

export interface PrintView {
  page: Page
  /** Closes the browser and the server. */
  close: () => Promise<void>
}

/** What must hold before printing; false while any part of the view is still loading. */
function printViewReady(slideCount: number): boolean {
  return document.querySelectorAll('.print-slide-container').length === slideCount
    && document.querySelector('.slidev-slide-loading, [aria-busy="true"]') === null
    && document.fonts.status === 'loaded'
}

async function startServer(entry: string): Promise<{ server: ViteDevServer, origin: string }> {
  // Imported here: Slidev and Vite take seconds to load, and only the exports need them
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry: resolve(projectRoot, entry) }, 'export')
  // Port 0: the system picks a free port, so that exports never collide with a running deck
  const server = await createServer(options, { server: { port: 0, host: '127.0.0.1', strictPort: true }, clearScreen: false, logLevel: 'warn' })
  await server.listen()
  const address = server.httpServer?.address()
  if (address === null || address === undefined || typeof address === 'string')
    throw new DeckError('Slidev\'s server did not say which port it listens on.')
  return { server, origin: `http://127.0.0.1:${address.port}` }
}

async function openPage(browser: Browser, origin: string, outline: DeckOutline): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: slideCanvas.width, height: slideCanvas.height * outline.slides.length } })
  const page = await context.newPage()
  const { keepToOrigin } = await import('./chromium')
  const offsite = await keepToOrigin(page, origin)
  await page.goto(`${origin}/print?print=true`, { waitUntil: 'networkidle', timeout: readyTimeoutMs })
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' })
  await page.waitForFunction(printViewReady, outline.slides.length, { timeout: readyTimeoutMs, polling: 250 }).catch(async () => {
    const shown = await page.locator('.print-slide-container').count()
    const loading = await page.locator('.slidev-slide-loading, [aria-busy="true"]').count()
    throw new DeckError(`The print view of ${outline.entry} was not ready after ${readyTimeoutMs / 1000} s: ${shown} of ${outline.slides.length} slides shown, ${loading} still loading.`)
  })
  if (offsite.length > 0)
    throw new DeckError(`The deck asked for something outside its own server, which the export refuses: ${offsite[0]}`)
  return page
}

/** Serves `outline`'s edition and opens its print view in Chromium, every slide ready. */
export async function openPrintView(outline: DeckOutline): Promise<PrintView> {
  const { resolveChromium, chromiumArgs } = await import('./chromium')
  const { chromium } = await import('playwright-chromium')
  const browserPath = resolveChromium().executablePath
  const { server, origin } = await startServer(outline.entry)
  let browser: Browser | undefined
  const close = async () => {
    await browser?.close()
    await server.close()
  }
  try {
    console.log(`Printing ${outline.entry} with ${browserPath}`)
    browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs }).catch((error: Error) => {
      throw new DeckError(`Chromium (${browserPath}) did not start: ${error.message.split('\n')[0]}`)
    })
    return { page: await openPage(browser, origin, outline), close }
  }
  catch (error) {
    await close()
    throw error
  }
}
