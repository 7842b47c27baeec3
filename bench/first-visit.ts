/**
 * What a first visit to one slide of a built deck costs: the gzip size of every response and the
 * number of requests, from the first byte until the slide is visible and the network is idle.
 *
 * Two things would make that count depend on the machine, and are held still:
 * - Slidev loads every other slide of the deck 3 s after the first one shows (SlidesShow.vue).
 *   The page's clock is Playwright's fake one, moved on in steps to `firstVisitPageTimeMs` (under 3 s) with
 *   the network left to settle after each step, so a slow machine counts the same requests as a
 *   fast one and the deck-wide preload never starts.
 * - A service worker's precache downloads after load: service workers are blocked.
 *
 * Nothing may leave the machine: a request to another origin is aborted and listed as third-party.
 */
import type { Browser, Page } from 'playwright-chromium'
import { gzipSync } from 'node:zlib'

export interface ServedResponse {
  /** Path and query on the deck's origin. */
  path: string
  /** Body size as served, and gzipped (zlib's default level). */
  bytes: number
  gzipBytes: number
}

export interface FirstVisit {
  slide: number
  /** Sum of the gzip sizes of every response body. */
  gzipBytes: number
  requests: number
  responses: ServedResponse[]
  /** Requests to another origin (aborted, so they never leave the machine). */
  thirdParty: string[]
  consoleErrors: string[]
}

/** Page time a first visit is given: long enough to settle, short of Slidev's 3 s preload. */
export const firstVisitPageTimeMs = 2500
const clockStepMs = 500
/** The network counts as idle after this long without a request in flight. */
const quietMs = 500

/** Resolves once no request has been in flight for `quietMs`. */
export function trackNetwork(page: Page): { idle: () => Promise<void> } {
  let inFlight = 0
  let lastChange = Date.now()
  page.on('request', () => {
    inFlight++
    lastChange = Date.now()
  })
  const settled = (): void => {
    inFlight--
    lastChange = Date.now()
  }
  page.on('requestfinished', settled)
  page.on('requestfailed', settled)
  return {
    async idle() {
      const busy = (): boolean => inFlight > 0 || Date.now() - lastChange < quietMs
      while (busy())
        await new Promise(resolve => setTimeout(resolve, 50))
    },
  }
}

export interface VisitOptions {
  /** Page time to give the visit; past 3000 ms, Slidev's preload of every slide is counted too. */
  pageTimeMs?: number
  /** Looks at the page once the visit is measured, before it closes. */
  inspect?: (page: Page) => Promise<void>
}

export async function measureFirstVisit(browser: Browser, origin: string, slide: number, { pageTimeMs = firstVisitPageTimeMs, inspect }: VisitOptions = {}): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' })
  try {
    const thirdParty: string[] = []
    await context.route(url => url.origin !== origin, async (route) => {
      thirdParty.push(route.request().url())
      await route.abort('blockedbyclient')
    })
    await context.clock.install()
    const page = await context.newPage()
    const network = trackNetwork(page)
    const consoleErrors: string[] = []
    page.on('console', message => message.type() === 'error' && consoleErrors.push(message.text()))
    page.on('pageerror', error => consoleErrors.push(error.message))
    const bodies: Promise<ServedResponse | undefined>[] = []
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (url.origin !== origin)
        return
      bodies.push(response.body().then(
        body => ({ path: url.pathname + url.search, bytes: body.length, gzipBytes: gzipSync(body).length }),
        () => undefined,
      ))
    })

    // Ahead of the page's clock, which runs from install(). A second was not always enough: under
    // CI load the page's clock was once already past it ("Cannot fast-forward to the past"), and
    // where the visit's page time starts does not matter, only how much of it passes.
    await page.clock.pauseAt(Date.now() + 60_000)
    await page.goto(`${origin}/${slide}`, { waitUntil: 'commit' })
    for (let elapsed = 0; elapsed < pageTimeMs; elapsed += clockStepMs) {
      await page.clock.runFor(clockStepMs)
      await network.idle()
    }
    if (!await page.locator(`.slidev-page-${slide}`).isVisible())
      throw new Error(`${origin}/${slide}: the slide was not visible after ${pageTimeMs} ms of page time`)
    await inspect?.(page)

    const responses = (await Promise.all(bodies)).filter(response => response !== undefined)
    return {
      slide,
      gzipBytes: responses.reduce((sum, response) => sum + response.gzipBytes, 0),
      requests: responses.length + thirdParty.length,
      responses,
      thirdParty,
      consoleErrors,
    }
  }
  finally {
    await context.close()
  }
}
