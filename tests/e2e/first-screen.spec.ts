/**
 * Slide 1 in the built deck's HTML (scripts/first-screen.ts), as a slow network shows it: while
 * the deck's scripts are still on their way, a visitor who opens the deck at slide 1 sees the title
 * slide, drawn where the deck draws it, on a phone, a laptop and the projector; the deck then puts
 * the live slide in its place with no frame between, and the page's largest paint stays the one
 * from the HTML. Any other route shows nothing of it.
 */
import type { Page } from '@playwright/test'
import { deckPath, loadTestedEditions } from '../support/editions'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

const screens = [
  // Lighthouse's phone (a Moto G Power), on the slides a phone opens with ?slides.
  { name: 'a phone', use: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }, query: '?slides' },
  { name: 'a laptop', use: { viewport: { width: 1280, height: 800 } }, query: '' },
  { name: 'the projector', use: { viewport: { width: 1920, height: 1080 } }, query: '' },
] as const

test.describe.configure({ mode: 'parallel' })

/** Holds back the deck's scripts (the .js files under assets/) until the returned function is called, as a slow network would. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = (): void => {}
  const released = new Promise<void>(resolve => release = resolve)
  await page.route(url => url.pathname.includes('/assets/') && url.pathname.endsWith('.js'), async (route) => {
    await released
    await route.continue()
  })
  return release
}

interface DrawnElement { tag: string, text: string, box: number[] }

/** Each element of the slide, in document order: its tag, its own text, where it is drawn. */
async function drawnElements(page: Page, slide: string): Promise<DrawnElement[]> {
  await page.evaluate(() => document.fonts.ready)
  return page.locator(slide).evaluate(root => [root, ...root.querySelectorAll('*')].map((element) => {
    const { x, y, width, height } = element.getBoundingClientRect()
    return { tag: element.tagName, text: element.children.length === 0 ? (element.textContent ?? '').trim() : '', box: [x, y, width, height] }
  }))
}

const firstScreenSlide = '.first-screen .slidev-page'
const liveSlide = '#slideshow .slidev-page-1'

for (const { edition, data } of testedEditions) {
  test.describe(edition.locale, () => {
    for (const screen of screens) {
      test.describe(`on ${screen.name}`, () => {
        test.use(screen.use)

        test('slide 1 shows from the HTML before the scripts run, where the deck then draws it, with no frame between', async ({ page }) => {
          // Whether each frame drew slide 1's title, from the HTML or from the deck.
          await page.addInitScript(() => {
            const frames: boolean[] = []
            Object.assign(window, { slide1Frames: frames })
            const tick = (): void => {
              frames.push(document.querySelector('.first-screen h1, #slideshow .slidev-page-1 h1') !== null)
              requestAnimationFrame(tick)
            }
            requestAnimationFrame(tick)
          })
          const release = await holdScripts(page)
          await page.goto(deckPath(edition) + screen.query, { waitUntil: 'commit' })
          const firstScreen = page.locator(firstScreenSlide)
          await expect(firstScreen).toBeVisible()
          await expect(firstScreen.locator('h1')).toHaveText(data.event.title)
          await expect(page.locator('#app[data-v-app]'), 'the deck has not mounted').toHaveCount(0)
          const fromHtml = await drawnElements(page, firstScreenSlide)

          release()
          await expect(page.locator(liveSlide)).toBeVisible()
          await expect(page.locator('.first-screen')).toHaveCount(0)
          const live = await drawnElements(page, liveSlide)
          expect(live.map(({ tag, text }) => `${tag} ${text}`)).toEqual(fromHtml.map(({ tag, text }) => `${tag} ${text}`))
          live.forEach(({ tag, box }, index) => box.forEach((value, side) =>
            expect(Math.abs(value - fromHtml[index]!.box[side]!), `${tag} #${index}, ${['x', 'y', 'width', 'height'][side]}`).toBeLessThanOrEqual(0.5)))

          const frames = await page.evaluate(() => (window as unknown as { slide1Frames: boolean[] }).slide1Frames)
          const first = frames.indexOf(true)
          expect(first, 'a frame with slide 1').toBeGreaterThanOrEqual(0)
          expect(frames.slice(first).indexOf(false), 'a frame without slide 1 after the first with it').toBe(-1)
        })
      })
    }

    test('the page\'s largest paint is slide 1 from the HTML: the deck\'s mount paints nothing larger', async ({ page }) => {
      await page.addInitScript(() => {
        const paints: number[] = []
        Object.assign(window, { largestPaints: paints })
        new PerformanceObserver(list => paints.push(...list.getEntries().map(entry => entry.startTime))).observe({ type: 'largest-contentful-paint', buffered: true })
      })
      const release = await holdScripts(page)
      await page.goto(deckPath(edition), { waitUntil: 'commit' })
      await expect(page.locator(firstScreenSlide)).toBeVisible()
      await expect.poll(() => page.evaluate(() => (window as unknown as { largestPaints: number[] }).largestPaints.length), 'a largest paint from the HTML').toBeGreaterThan(0)
      const releasedAt = await page.evaluate(() => performance.now())
      release()
      await expect(page.locator(liveSlide)).toBeVisible()
      // The frames that draw the mounted deck, and the time for their paints to be reported.
      await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 500)))))
      const paints = await page.evaluate(() => (window as unknown as { largestPaints: number[] }).largestPaints)
      expect(Math.max(...paints), 'the last largest paint').toBeLessThan(releasedAt)
    })

    test('on any other route, nothing of slide 1 shows while the scripts come', async ({ page }) => {
      await holdScripts(page)
      for (const path of [deckPath(edition, 2), `${deckPath(edition)}presenter/1`, `${deckPath(edition)}overview`]) {
        await page.goto(path, { waitUntil: 'commit' })
        await expect(page.locator('.first-screen')).toBeAttached()
        await expect(page.locator('.first-screen'), path).toBeHidden()
      }
    })
  })
}
