/**
 * A static host with no SPA fallback at all, like GitHub Pages: unknown paths are a 404. The
 * hash-routed build (`npm run build:hash`) works there, since the host only ever sees an edition's
 * base path: every slide of each edition loads at #/N (the French one under fr/) and the keyboard
 * walks the deck. The history-routed build's /N deep links are 404s on the same host, which is why
 * the Pages workflow builds with hash routing. A phone gets the reading view (reading/), a file
 * of its own at <base>read/, there too.
 */
import type { RunningServer } from '../support/start-static-server'
import { readingFolder } from '../../reading/switch'
import { deckPath, loadTestedEditions, shownTitle } from '../support/editions'
import { walkEveryClickStep } from '../support/keyboard-walk'
import { phone } from '../support/phone'
import { staticHostPort as port } from '../support/ports'
import { startStaticServer } from '../support/start-static-server'
import { allTestBuilds, basePath, ensureTestBuilds, hashBuild, subpathBuild, testBuildsRoot } from '../support/test-builds'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

let server: RunningServer | undefined

test.use({ baseURL: `http://127.0.0.1:${port}` })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  await ensureTestBuilds(...allTestBuilds)
  // Both builds, side by side, from one host with no fallback.
  server = await startStaticServer({ dir: testBuildsRoot, port, base: '/', fallback: false })
})

test.afterAll(async () => {
  await server?.stop()
})

for (const { edition, outline, slides, words } of testedEditions) {
  const hashBase = deckPath(edition, '', basePath(hashBuild))
  const historyBase = deckPath(edition, '', basePath(subpathBuild))

  test.describe(edition.locale, () => {
    for (const slide of slides) {
      test(`hash routing: slide ${slide.no} loads at ${hashBase}#/${slide.no} on a host with no fallback`, async ({ page }) => {
        const response = await page.goto(`${hashBase}#/${slide.no}`)
        expect(response?.status()).toBe(200)
        await expect(page.locator('#slide-content')).toBeVisible()
        await expect(page.locator('.slidev-page').filter({ hasText: shownTitle(slide.title) }).first()).toBeVisible()
        await expect(page.locator('html')).toHaveAttribute('lang', outline.lang)
        expect(new URL(page.url()).hash).toBe(`#/${slide.no}`)
      })
    }

    test('hash routing: the keyboard walks every click step on a host with no fallback', async ({ page }) => {
      await page.goto(`${hashBase}#/1`)
      await expect(page.locator('#slide-content')).toBeVisible()
      await walkEveryClickStep(page, slides)
      expect(new URL(page.url()).pathname).toBe(hashBase)
    })

    test.describe('on a phone', () => {
      test.use({ ...phone })

      test(`hash routing: a phone at ${hashBase}#/N gets the reading view at slide N, whose switch goes back to the slides at #/N`, async ({ page }) => {
        const reading = `${hashBase}${readingFolder}`
        for (const no of [1, 3, slides.length]) {
          await page.goto('about:blank')
          await page.goto(`${hashBase}#/${no}`)
          await expect(page).toHaveURL(url => url.pathname === reading && url.hash === `#${no}`)
          await expect(page.locator(`section[id="${no}"]`)).toBeInViewport()
        }
        await page.goto('about:blank')
        const response = await page.goto(`${reading}#3`)
        expect(response?.status()).toBe(200)
        await expect(page.locator('section[id="3"]')).toBeInViewport()
        const toSlides = page.getByRole('link', { name: words.ui.reading.toSlides, exact: true })
        await expect(toSlides).toHaveAttribute('href', `${hashBase}?slides#/3`)
        await page.goto(`${hashBase}?slides#/3`)
        await expect(page).toHaveURL(url => url.pathname === hashBase && url.search === '' && url.hash === '#/3')
        await expect(page.locator('.slidev-page').filter({ hasText: shownTitle(slides[2]!.title) }).first()).toBeVisible()
      })
    })

    test('history routing: on the same host the deck loads at its base, but every /N deep link is a 404', async ({ request }) => {
      expect((await request.get(historyBase)).status(), 'the history build is served').toBe(200)
      for (const slide of slides)
        expect((await request.get(`${historyBase}${slide.no}`)).status(), `${historyBase}${slide.no}`).toBe(404)
    })
  })
}
