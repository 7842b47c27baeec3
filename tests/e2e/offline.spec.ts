/**
 * Offline after the first visit. The hosted deck (deploy/nginx.conf in a real nginx, over HTTPS at
 * a host name that is not localhost: a browser registers a service worker only in a secure
 * context, which http://127.0.0.1 is and http://<a real host> is not) installs each edition's
 * service worker, which precaches that edition's build; then, with the network cut (the
 * browser offline and nginx stopped), every slide still loads by URL and the keyboard walks the
 * whole deck, under a sub-path with history routing and with hash routing alike, in English
 * (/seminar/) and in French (/seminar/fr/). The English worker's scope holds the French folder:
 * it must leave the French pages to the French deck. A phone's reading view (reading/) works
 * offline too.
 */
import type { BrowserContext, Page } from '@playwright/test'
import type { Edition } from '../../i18n/editions'
import type { RunningNginx } from '../support/nginx'
import type { TestBuild } from '../support/test-builds'
import type { TestCertificates } from '../support/tls'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { readingFolder } from '../../reading/switch'
import { deckPath, editionList, editions, loadTestedEditions, shownTitle } from '../support/editions'
import { walkEveryClickStep } from '../support/keyboard-walk'
import { startNginx } from '../support/nginx'
import { phone } from '../support/phone'
import { offlineDeckHttpPort as httpPort, offlineDeckPort as port } from '../support/ports'
import { allTestBuilds, basePath, buildDir, ensureTestBuilds, hashBuild, subpathBuild } from '../support/test-builds'
import { deckHost } from '../support/tls'
import { expect, test } from './https-fixtures'

const testedEditions = await loadTestedEditions()

let nginx: RunningNginx | undefined

test.use({ baseURL: `https://${deckHost}:${port}` })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  await ensureTestBuilds(...allTestBuilds)
})

/**
 * A server of its own for each test, since each test ends with it stopped: the shipped file over
 * this build, moved to the build's base as the file's header says when that is not /seminar/.
 */
async function serve(build: TestBuild, certificates: TestCertificates): Promise<void> {
  nginx = await startNginx({ httpPort, httpsPort: port, deckDir: buildDir(build), base: basePath(build), certificateFile: certificates.certificateFile, keyFile: certificates.keyFile })
}

test.afterEach(async () => {
  await nginx?.stop()
  nginx = undefined
})

/** The files an edition's service worker precaches, as listed in its sw.js. */
async function precacheList(dir: string): Promise<string[]> {
  const serviceWorker = await readFile(join(dir, 'sw.js'), 'utf8')
  return [...serviceWorker.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map(match => match[1]!)
}

/** The folders of the other editions inside this one's (fr/ inside the English deck's). */
function nestedFolders(edition: Edition): string[] {
  return editionList.filter(other => other.path.length > edition.path.length && other.path.startsWith(edition.path)).map(other => other.path.slice(edition.path.length))
}

/** First visit: the service worker registers after `load`, precaches the deck, then takes control. */
async function firstVisit(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await expect(page.locator('#slide-content')).toBeVisible()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })
}

/**
 * Cuts the network twice over: the browser goes offline, and the server goes away too (Playwright's
 * offline mode lets the browser's own service worker update checks through).
 */
async function cutTheNetwork(context: BrowserContext): Promise<void> {
  await context.setOffline(true)
  await nginx!.stop()
}

async function expectSlideShown(page: Page, slide: { no: number, title: string }, lang: string): Promise<void> {
  await expect(page.locator('#slide-content'), `slide ${slide.no}`).toBeVisible()
  await expect(page.locator('.slidev-page').filter({ hasText: shownTitle(slide.title) }).first(), `slide ${slide.no}`).toBeVisible()
  await expect(page.locator('html'), `slide ${slide.no}`).toHaveAttribute('lang', lang)
}

for (const { edition, outline: { lang }, slides } of testedEditions) {
  test.describe(edition.locale, () => {
    test('the service worker precaches every file the deck may load; of the files for browsers, only the link preview picture is left out', async () => {
      const nested = nestedFolders(edition)
      for (const build of [subpathBuild, hashBuild]) {
        const dir = join(buildDir(build), edition.path)
        const listed = await precacheList(dir)
        const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
          .filter(entry => entry.isFile())
          .map(entry => relative(dir, join(entry.parentPath, entry.name)))
          // Another edition's folder is that edition's to precache.
          .filter(file => !nested.some(folder => file.startsWith(folder)))
        // Not precached: the worker itself and its runtime, the host's files, robots.txt (for
        // crawlers), and the link preview's picture (for other sites).
        const notForTheBrowser = /^(?:sw\.js|workbox-[\w-]+\.js|404\.html|_redirects|robots\.txt|og-image\.png)$/
        expect(files.filter(file => !notForTheBrowser.test(file) && !listed.includes(file)), `${build.name}: files not precached`).toEqual([])
        expect(listed.filter(url => !files.includes(url)), `${build.name}: precached files that do not exist, or another edition's`).toEqual([])
        const bytes = (await Promise.all(listed.map(async url => (await stat(join(dir, url))).size))).reduce((sum, size) => sum + size, 0)
        const summary = `${listed.length} files, ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`
        test.info().annotations.push({ type: `precache of ${build.name}/${edition.path}`, description: summary })
        console.warn(`Precache of ${build.name}/${edition.path}: ${summary}`)
      }
    })

    test('sub-path, history routing: with the network cut after the first visit, every slide and the presenter view load by URL, and the keyboard walks the deck', async ({ page, context, certificates }) => {
      await serve(subpathBuild, certificates)
      const base = deckPath(edition, '', basePath(subpathBuild))
      await firstVisit(page, `${base}1`)
      await cutTheNetwork(context)

      const reloaded = await page.reload()
      expect(reloaded?.fromServiceWorker(), 'the reload is answered by the service worker').toBe(true)
      for (const slide of slides) {
        const response = await page.goto(`${base}${slide.no}`)
        expect(response?.fromServiceWorker(), `${base}${slide.no} is answered by the service worker`).toBe(true)
        await expectSlideShown(page, slide, lang)
      }
      // The precached fonts are in use.
      await page.evaluate(() => document.fonts.ready)
      expect(await page.evaluate(() => [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family.replace(/"/g, '')))).toContain('Inter')

      const presenter = await page.goto(`${base}presenter/2`)
      expect(presenter?.fromServiceWorker(), 'the presenter view is answered by the service worker').toBe(true)
      await expect(page.locator('.slidev-presenter')).toBeVisible()

      await page.goto(`${base}1`)
      await walkEveryClickStep(page, slides)
    })

    test.describe('on a phone', () => {
      test.use({ ...phone })

      test('the reading view, opened on a first visit, works with the network cut: by its own URL, and from the deck\'s', async ({ page, context, certificates }) => {
        await serve(subpathBuild, certificates)
        const base = deckPath(edition, '', basePath(subpathBuild))
        const reading = `${base}${readingFolder}`
        await page.goto(base)
        await expect(page).toHaveURL(url => url.pathname === reading)
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })
        await cutTheNetwork(context)

        const reloaded = await page.reload()
        expect(reloaded?.fromServiceWorker(), 'the reload is answered by the service worker').toBe(true)
        await expect(page.locator('main > section')).toHaveCount(slides.length)
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        for (const no of [4, slides.length]) {
          await page.goto('about:blank')
          const response = await page.goto(`${base}${no}`)
          expect(response?.fromServiceWorker(), `${base}${no} is answered by the service worker`).toBe(true)
          await expect(page).toHaveURL(url => url.pathname === reading && url.hash === `#${no}`)
          await expect(page.locator(`section[id="${no}"]`)).toBeInViewport()
        }
      })
    })

    test('hash routing: with the network cut after the first visit, every slide loads at #/N and the keyboard walks the deck', async ({ page, context, certificates }) => {
      await serve(hashBuild, certificates)
      const base = deckPath(edition, '', basePath(hashBuild))
      await firstVisit(page, `${base}#/1`)
      await cutTheNetwork(context)

      for (const slide of slides) {
        // A fresh load of each slide (not an in-page hash change): the document comes from the cache.
        await page.goto('about:blank')
        const response = await page.goto(`${base}#/${slide.no}`)
        expect(response?.fromServiceWorker(), `${base}#/${slide.no} is answered by the service worker`).toBe(true)
        await expectSlideShown(page, slide, lang)
      }

      await page.goto('about:blank')
      await page.goto(`${base}#/1`)
      await walkEveryClickStep(page, slides)
    })
  })
}

test('after a visit to the English deck, its worker leaves /seminar/fr/N to the French deck, and both decks then work offline', async ({ page, context, certificates }) => {
  await serve(subpathBuild, certificates)
  const [english, french] = [editions.en, editions.fr].map(edition => testedEditions.find(tested => tested.edition === edition)!)
  const site = basePath(subpathBuild)
  const no = 3
  await firstVisit(page, deckPath(english!.edition, 1, site))
  // The English worker controls the whole site's scope, the French folder included.
  const french3 = await page.goto(deckPath(french!.edition, no, site))
  expect(french3?.fromServiceWorker(), 'the English worker does not answer a French page').toBe(false)
  await expectSlideShown(page, french!.slides[no - 1]!, french!.outline.lang)
  // The French deck installs its own worker, scoped to its folder.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/fr/sw.js'), undefined, { timeout: 30_000 })

  await cutTheNetwork(context)
  for (const { edition, slides, outline } of [french!, english!]) {
    const response = await page.goto(deckPath(edition, no, site))
    expect(response?.fromServiceWorker(), `${deckPath(edition, no, site)} is answered by its worker`).toBe(true)
    await expectSlideShown(page, slides[no - 1]!, outline.lang)
  }
})
