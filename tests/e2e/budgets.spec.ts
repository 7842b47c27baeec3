/**
 * The byte budgets of issues #5 and #15, on each edition of the built deck (dist/ and dist/fr/, as `npm test`
 * builds them) against a bare Slidev deck (three text slides, default theme) built here with the
 * same @slidev/cli, all served on loopback and measured the same way (bench/first-visit.ts: gzip
 * bytes of every response until the slide is visible and the network idle, service workers
 * blocked, Slidev's 3 s preload of the rest of the deck held off by the page's fake clock). Bytes
 * and requests do not depend on the machine, so they are asserted; times are only reported, by
 * `npm run bench`. The French deck is held to the same budgets as the English one.
 */
import type { Server } from 'node:http'
import type { FirstVisit } from '../../bench/first-visit'
import type { Locale } from '../../i18n/locales'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'
import { budgetRatios, firstSlide, heaviest } from '../../bench/budgets'
import { bareDeck, buildCommand, writeBareDeck } from '../../bench/decks'
import { measureFirstVisit } from '../../bench/first-visit'
import { kb } from '../../bench/report'
import { startStaticServer, staticServerHost, stopStaticServer } from '../../bench/static-server'
import { idleTimeoutMs } from '../../idle-mount/one-at-a-time'
import { slidevPreloadDelayMs } from '../../idle-mount/vite-plugin'
import { projectRoot } from '../../scripts/files'
import { loadTestedEditions } from '../support/editions'
import { bareDeckPort, builtDeckPort, frenchBudgetDeckPort } from '../support/ports'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

const bareOrigin = `http://${staticServerHost}:${bareDeckPort}`
/** The chunk of the map's country outlines, named after its module (charts/vite-plugin.ts). */
const isBoundaries = (path: string): boolean => /\/_?partner-map-outlines-[^/]*\.js$/.test(path)
const fetchedBoundaries = (visit: FirstVisit): boolean => visit.responses.some(response => isBoundaries(response.path))

/**
 * bench/first-visit.ts measures `<origin>/<slide>` of a deck at its origin's root. The French deck
 * lives in dist/fr/, built for /fr/: this server answers every path outside /fr/ (the slide's deep
 * link /N) with dist/fr/index.html, and /fr/… with dist/fr/'s files, so that a first visit to /N
 * fetches exactly what a first visit to /fr/N does on the real host (the router, built for /fr/,
 * takes /N as slide N and goes on under /fr/).
 */
function serveNestedEditionAtRoot(folder: string, port: number): Promise<Server> {
  const dist = join(projectRoot, 'dist')
  const serve = sirv(dist, { dev: false, etag: true, gzip: false, single: `${folder}index.html` })
  const server = createServer((req, res) => {
    if (!req.url?.startsWith(`/${folder}`))
      req.url = `/${folder}index.html`
    serve(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
  })
  return new Promise(resolve => server.listen(port, staticServerHost, () => resolve(server)))
}

let servers: Server[] = []
let bareVisits: FirstVisit[] = []
const deckVisits = new Map<Locale, FirstVisit[]>()
const origins = new Map<Locale, string>()

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000)
  await writeBareDeck()
  const [node, args] = buildCommand(bareDeck)
  execFileSync(node, args, { cwd: projectRoot, stdio: 'pipe' })
  servers.push(await startStaticServer({ dir: bareDeck.dist, port: bareDeckPort }))
  for (let slide = 1; slide <= bareDeck.slideCount; slide++)
    bareVisits.push(await measureFirstVisit(browser, bareOrigin, slide))
  for (const { edition, slides } of testedEditions) {
    let origin = `http://${staticServerHost}:${builtDeckPort}`
    if (edition.path !== '') {
      servers.push(await serveNestedEditionAtRoot(edition.path, frenchBudgetDeckPort))
      origin = `http://${staticServerHost}:${frenchBudgetDeckPort}`
    }
    origins.set(edition.locale, origin)
    const visits: FirstVisit[] = []
    for (const slide of slides)
      visits.push(await measureFirstVisit(browser, origin, slide.no))
    deckVisits.set(edition.locale, visits)
  }
})

test.afterAll(async () => {
  await Promise.all(servers.map(stopStaticServer))
  servers = []
  bareVisits = []
  deckVisits.clear()
})

for (const { edition, slides } of testedEditions) {
  const visitsOf = () => deckVisits.get(edition.locale)!

  test.describe(edition.locale, () => {
    test(`slide 1's first visit costs at most ${budgetRatios.firstSlide}× the bare deck's`, () => {
      const ours = firstSlide(visitsOf())
      const bare = firstSlide(bareVisits)
      test.info().annotations.push({ type: 'slide 1', description: `${kb(ours.gzipBytes)} in ${ours.requests} requests; bare deck ${kb(bare.gzipBytes)} in ${bare.requests}` })
      expect(ours.gzipBytes, `slide 1: ${kb(ours.gzipBytes)}, bare deck: ${kb(bare.gzipBytes)}`).toBeLessThanOrEqual(bare.gzipBytes * budgetRatios.firstSlide)
    })

    test(`the heaviest slide's first visit costs at most ${budgetRatios.heaviestSlide}× the bare deck's heaviest`, () => {
      const ours = heaviest(visitsOf())
      const bare = heaviest(bareVisits)
      test.info().annotations.push({ type: 'heaviest slide', description: `slide ${ours.slide}: ${kb(ours.gzipBytes)} in ${ours.requests} requests; bare deck's slide ${bare.slide}: ${kb(bare.gzipBytes)}` })
      expect(ours.gzipBytes, `slide ${ours.slide}: ${kb(ours.gzipBytes)}, bare deck's heaviest: ${kb(bare.gzipBytes)}`).toBeLessThanOrEqual(bare.gzipBytes * budgetRatios.heaviestSlide)
    })

    test('no first visit to any slide requests another origin or logs an error', () => {
      // The control: the bare deck's default favicon is on a CDN, and is caught.
      expect(bareVisits.flatMap(visit => visit.thirdParty)).not.toEqual([])
      for (const visit of visitsOf()) {
        expect(visit.thirdParty, `slide ${visit.slide}`).toEqual([])
        expect(visit.consoleErrors, `slide ${visit.slide}`).toEqual([])
      }
    })

    test('slide 1\'s first visit uses every file its HTML preloads, and fetches none twice', () => {
      // preload/vite-plugin.ts: a preload never used would be bytes for nothing, and one whose
      // crossorigin differs from the request that uses it would be fetched twice.
      const html = readFileSync(join(projectRoot, 'dist', edition.path, 'index.html'), 'utf8')
      const preloaded = [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*href="([^"]+)"/g)].map(match => match[1]!)
      expect(preloaded.some(href => href.endsWith('.woff2')), 'the font is preloaded').toBe(true)
      expect(preloaded.some(href => /\/md-[\w-]+\.js$/.test(href)), 'slide 1 is preloaded').toBe(true)
      const fetched = firstSlide(visitsOf()).responses.map(response => response.path)
      expect(preloaded.filter(href => !fetched.includes(href)), 'preloaded, never used').toEqual([])
      expect(fetched.filter((path, i) => fetched.indexOf(path) !== i), 'fetched twice').toEqual([])
    })

    test('the map\'s boundaries load only when the map slide is near', async ({ browser }) => {
      // Past 3 s the public build mounts every slide, the map's too, one per idle period
      // (idle-mount/, each at most idleTimeoutMs apart): its boundaries must still wait. The visit
      // lasts until the last slide can have mounted, and a second more.
      let mapSlide = 0
      const longVisit = await measureFirstVisit(browser, origins.get(edition.locale)!, 1, {
        pageTimeMs: slidevPreloadDelayMs + slides.length * idleTimeoutMs + 1000,
        inspect: async (page) => {
          const mounted = page.locator('[class*="slidev-page-"]:has(.partner-map[aria-busy="true"])')
          // Each idle mount also waits for the slide before it to load over the real network (a CI
          // run once had not reached the map slide in that time): up to 10 s more page time.
          for (let extra = 0; extra < 10_000 && await mounted.count() === 0; extra += 500) {
            await page.clock.runFor(500)
            await page.waitForTimeout(100)
          }
          const slidesMounted = await page.locator('#slideshow > [class*="slidev-page-"]').evaluateAll(all => all.map(slide => `${slide.className.match(/slidev-page-\d+/)?.[0]}${slide.querySelector('.partner-map') ? ` (map, aria-busy ${slide.querySelector('.partner-map')?.getAttribute('aria-busy')})` : ''}`).join(', '))
          expect(await mounted.count(), `the map slide, mounted and waiting for its boundaries; mounted: ${slidesMounted}`).toBe(1)
          mapSlide = Number(/slidev-page-(\d+)/.exec(await mounted.getAttribute('class') ?? '')?.[1])
        },
      })
      expect(mapSlide, 'the map slide, mounted by Slidev\'s preload').toBeGreaterThan(2)
      expect(longVisit.responses.filter(response => isBoundaries(response.path))).toEqual([])

      // Near: the map slide and the slides either side of it (Slidev preloads those) fetch them, once.
      for (const visit of visitsOf()) {
        const near = Math.abs(visit.slide - mapSlide) <= 1
        expect(fetchedBoundaries(visit), `slide ${visit.slide}, ${near ? 'near' : 'far from'} the map (slide ${mapSlide})`).toBe(near)
        if (near)
          expect(visit.responses.filter(response => isBoundaries(response.path))).toHaveLength(1)
      }
    })
  })
}
