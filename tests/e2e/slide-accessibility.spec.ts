/**
 * What the deck adds to Slidev for accessibility, on each edition of the built deck in real
 * Chromium: the document title names the slide, the slide is the page's main landmark
 * (landmark/), a polite live region announces each new slide's title, and slides change by a
 * cross-dissolve, instant for visitors who ask for reduced motion.
 */
import type { Page } from '@playwright/test'
import { deckPath, loadTestedEditions } from '../support/editions'
import { clickSteps } from '../support/notes'
import { tapKey } from '../support/tap-key'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

// The editions are independent of each other: each runs its tests in order, and with two test
// workers the two editions run side by side.
test.describe.configure({ mode: 'parallel' })

const announcer = (page: Page) => page.locator('[aria-live="polite"]')

for (const { edition, slides, outline: { titleTemplate } } of testedEditions) {
  /** The tab's title for slide `no`: its number and title inside the headmatter's titleTemplate. */
  const documentTitle = (no: number) => titleTemplate.replace('%s', () => `${no}. ${slides[no - 1]!.title}`)

  async function opened(page: Page, no: number): Promise<void> {
    await page.goto(deckPath(edition, no))
    await expect(page.locator(`#slideshow .slidev-page-${no}`)).toBeVisible()
  }

  test.describe(edition.locale, () => {
    test.describe.configure({ mode: 'default' })

    test.describe('the document title', () => {
      for (const slide of slides) {
        test(`names slide ${slide.no} when it is opened at ${deckPath(edition, slide.no)}`, async ({ page }) => {
          await opened(page, slide.no)
          await expect(page).toHaveTitle(documentTitle(slide.no))
        })
      }

      test('follows the keyboard from slide to slide, forward and back', async ({ page }) => {
        await opened(page, 1)
        // ↓ and ↑ go to the next and previous slide, whatever their clicks.
        for (const slide of slides.slice(1)) {
          await tapKey(page, 'ArrowDown')
          await expect(page).toHaveTitle(documentTitle(slide.no))
        }
        await tapKey(page, 'ArrowUp')
        await expect(page).toHaveTitle(documentTitle(slides.length - 1))
      })
    })

    test.describe('the main landmark', () => {
      test('is there once, and holds the slide shown, from slide to slide', async ({ page }) => {
        await opened(page, 1)
        const main = page.getByRole('main')
        await expect(main).toHaveCount(1)
        await expect(main.locator('#slideshow .slidev-page-1')).toBeVisible()
        await expect(main.getByRole('heading', { level: 1, name: slides[0]!.title })).toBeVisible()
        await tapKey(page, 'ArrowDown')
        await expect(main.locator('#slideshow .slidev-page-2')).toBeVisible()
        await expect(page.getByRole('main')).toHaveCount(1)
      })
    })

    test.describe('the live region', () => {
      test('is there once, visually hidden, and says nothing on first load nor on a click step', async ({ page }) => {
        const withClicks = slides.find(slide => clickSteps(slide.note) > 0)!
        await opened(page, withClicks.no)
        await expect(announcer(page)).toHaveCount(1)
        await expect(announcer(page)).toHaveAttribute('aria-atomic', 'true')
        await expect(announcer(page)).toHaveText('')
        const box = await announcer(page).boundingBox()
        expect(box === null || (box.width <= 1 && box.height <= 1), `a 1 px box at most, got ${JSON.stringify(box)}`).toBe(true)
        await page.waitForTimeout(400)
        await tapKey(page, 'ArrowRight')
        await expect(page).toHaveURL(new RegExp(`/${withClicks.no}\\?clicks=1$`))
        await expect(announcer(page)).toHaveText('')
      })

      test('announces the title of each slide the keyboard moves to', async ({ page }) => {
        await opened(page, 1)
        for (const slide of slides.slice(1)) {
          await tapKey(page, 'ArrowDown')
          await expect(page.locator(`#slideshow .slidev-page-${slide.no}`)).toBeVisible()
          await expect(announcer(page), `after moving to slide ${slide.no}`).toHaveText(slide.title)
        }
        await tapKey(page, 'ArrowUp')
        await expect(announcer(page)).toHaveText(slides.at(-2)!.title)
      })

      test('is left out of the print view that the PDF export renders', async ({ page }) => {
        // Slidev's exporter opens each slide with ?print; the export test checks the PDF's own text.
        await page.goto(`${deckPath(edition, 2)}?print`)
        await expect(page.locator('.slidev-page-2')).toBeVisible()
        await expect(page.locator('[aria-live]')).toHaveCount(0)
      })
    })

    test.describe('slide transitions', () => {
      /** What the frames of one slide change showed, sampled every animation frame for a second. */
      interface ChangeFrames {
        /** Frames in which either slide is partly transparent: the dissolve in progress. */
        fading: number
        /** Frames in which the incoming slide is shown partly transparent (a dissolve shows it opaque). */
        incomingSeeThrough: number
        /** Frames in which the outgoing slide fades below the incoming one, where it would not be seen. */
        fadingBelow: number
        /**
         * The longest opacity transition seen running on the outgoing slide, in ms: what the page
         * declared, however few frames a busy machine drew of it.
         */
        fadeMs: number
      }

      /**
       * Opens slide `from`, starts sampling every frame, and presses the key that goes to slide `to`.
       * The second after the key press is counted, wherever the key lands in the page's frames: the
       * sampler is running before the key is sent, and frames before the key do not count.
       */
      async function changeFrames(page: Page, from: number, to: number): Promise<ChangeFrames> {
        await opened(page, from)
        await page.waitForTimeout(500)
        // A handle on an object holding the promise: evaluateHandle returns once the sampler runs.
        const sampler = await page.evaluateHandle(([leavingSelector, enteringSelector]) => ({
          frames: new Promise<ChangeFrames>((resolve) => {
            const frames: ChangeFrames = { fading: 0, incomingSeeThrough: 0, fadingBelow: 0, fadeMs: 0 }
            let keyAt: number | undefined
            addEventListener('keydown', (event) => {
              keyAt = event.timeStamp
            }, { capture: true, once: true })
            const opacity = (element: Element | null) => {
              // A slide Slidev hides stays laid out but invisible (styles/deck.css): shown is neither.
              const style = element && getComputedStyle(element)
              return style && style.display !== 'none' && style.visibility !== 'hidden' ? Number(style.opacity) : undefined
            }
            const layer = (element: Element) => Number.parseInt(getComputedStyle(element).zIndex) || 0
            // Siblings: the higher z-index is above, or at the same one the later in the page.
            const above = (upper: Element, lower: Element) => layer(upper) > layer(lower)
              || (layer(upper) === layer(lower) && (lower.compareDocumentPosition(upper) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)
            const partly = (value: number | undefined) => value !== undefined && value > 0 && value < 1
            function frame(now: number): void {
              if (keyAt !== undefined) {
                const [leaving, entering] = [document.querySelector(leavingSelector), document.querySelector(enteringSelector)]
                const [out, into] = [opacity(leaving), opacity(entering)]
                if (partly(out) || partly(into))
                  frames.fading++
                if (partly(into))
                  frames.incomingSeeThrough++
                if (partly(out) && into !== undefined && !above(leaving!, entering!))
                  frames.fadingBelow++
                for (const animation of leaving?.getAnimations() ?? []) {
                  if (animation instanceof CSSTransition && animation.transitionProperty === 'opacity')
                    frames.fadeMs = Math.max(frames.fadeMs, Number(animation.effect?.getTiming().duration ?? 0))
                }
              }
              if (keyAt === undefined || now - keyAt < 1000)
                requestAnimationFrame(frame)
              else
                resolve(frames)
            }
            requestAnimationFrame(frame)
          }),
        }), [`#slideshow .slidev-page-${from}`, `#slideshow .slidev-page-${to}`] as const)
        await tapKey(page, to > from ? 'ArrowDown' : 'ArrowUp')
        await expect(page.locator(`#slideshow .slidev-page-${to}`)).toBeVisible()
        return sampler.evaluate(({ frames }) => frames)
      }

      for (const [from, to] of [[1, 2], [2, 1]] as const) {
        test(`dissolve from slide ${from} to slide ${to}: the next one opaque at once, the last one fading out above it`, async ({ page }) => {
          const frames = await changeFrames(page, from, to)
          // Slidev's transition time, 0.5 s (a negative delay starts it a frame early).
          expect(frames.fadeMs, 'the outgoing slide\'s fade').toBeGreaterThanOrEqual(400)
          // Seen mid-way at least once: a busy machine may draw only two frames of it (CI did).
          expect(frames.fading, 'frames of the fade').toBeGreaterThan(0)
          expect(frames.incomingSeeThrough, 'frames with the incoming slide see-through').toBe(0)
          expect(frames.fadingBelow, 'frames with the outgoing slide fading under the incoming one').toBe(0)
        })

        test(`are instant from slide ${from} to slide ${to} when the visitor prefers reduced motion`, async ({ page }) => {
          await page.emulateMedia({ reducedMotion: 'reduce' })
          const frames = await changeFrames(page, from, to)
          expect(frames.fading, 'frames of a fade').toBe(0)
          expect(frames.fadeMs, 'a fade declared').toBe(0)
        })
      }
    })
  })
}
