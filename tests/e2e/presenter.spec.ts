/**
 * Presenting (`npm run dev`, and `npm run dev:fr` for the French deck): presenter mode at
 * /presenter/N shows each slide's speaker notes, the next slide and the timer set from the
 * headmatter's `duration`; the presenter's window and the audience's window follow each other; a
 * reload on any slide comes back to it; the drill-down works there as on the audience's screen.
 * Each edition has its own dev server (playwright.config.ts), so its presenter state is its own.
 */
import type { Browser, Page } from '@playwright/test'
import { devDeckOrigin, loadTestedEditions, shownTitle } from '../support/editions'
import { clickSteps, noteSentences } from '../support/notes'
import { tapKey } from '../support/tap-key'
import { formatTimer, parseTimer } from '../support/timer'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

// The editions are independent of each other: each runs its tests in order, and with two test
// workers the two editions run side by side.
test.describe.configure({ mode: 'parallel' })

/**
 * The time between two key presses. Slidev syncs both windows through the dev server both ways,
 * and a window that has just followed echoes its position back: keys pressed faster than that
 * echo (under ~100 ms apart here) can bounce the presenter back a step.
 */
const presenterPace = 400

/** The current slide's click count as Slidev has counted it (the dev server exposes its state). */
function clicksCounted(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as unknown as { __slidev__?: { nav: { clicksTotal: number } } }).__slidev__?.nav.clicksTotal)
}

for (const { edition, slides, outline: { durationSeconds, timer, titleTemplate }, words: { ui }, slideWith, data } of testedEditions) {
  const baseURL = devDeckOrigin(edition)

  /** The whole URL of a view's slide at a click step, as Slidev writes it (`?clicks=0` or none at 0). */
  function at(path: string, click = 0): RegExp {
    const url = `${baseURL}${path}`.replace(/[.?]/g, '\\$&')
    return new RegExp(`^${url}(\\?clicks=${click})${click === 0 ? '?' : ''}$`)
  }

  /**
   * Keys come at a presenter's pace: the slide has mounted, Slidev has counted its clicks (on a
   * slide's first visit the dev server compiles its charts, whose clicks count only once they
   * mount), and its transition has ended.
   */
  async function settled(page: Page, no: number): Promise<void> {
    await expect(page.locator(`#slideshow .slidev-page-${no}`)).toBeVisible()
    await expect.poll(() => clicksCounted(page), `slide ${no}'s clicks counted`).toBe(clickSteps(slides[no - 1]!.note))
    await page.waitForTimeout(presenterPace)
  }

  test.describe(edition.locale, () => {
    test.describe.configure({ mode: 'default' })

    test.use({ baseURL })

    test.beforeAll(async ({ browser }) => {
      // The dev server compiles the deck on its first visit, which takes longer than one expect's
      // timeout on a busy machine: visit once, unguarded, before the tests.
      test.setTimeout(120_000)
      const page = await browser.newPage({ baseURL })
      await page.goto('/presenter/1')
      await expect(page.locator('.slidev-note').first()).toBeVisible({ timeout: 100_000 })
      await page.close()
    })

    test('presenter mode shows each slide\'s notes, opened at /presenter/N and followed slide by slide', async ({ page }) => {
      for (const slide of slides)
        expect(noteSentences(slide.note).length, `slide ${slide.no} has speaker notes`).toBeGreaterThan(0)
      const notes = page.locator('.slidev-note').first()
      const expectNotesOf = async (slide: (typeof slides)[number]) => {
        await expect(page.locator(`#slideshow .slidev-page-${slide.no}`)).toBeVisible()
        for (const sentence of noteSentences(slide.note))
          await expect(notes, `slide ${slide.no} "${slide.title}"`).toContainText(sentence)
      }
      // Opened directly at each slide: one load of the page, then the URL changes in it.
      for (const slide of slides) {
        await page.goto(`/presenter/${slide.no}`)
        await expectNotesOf(slide)
      }
      // And followed with the keyboard (↑: the previous slide, at its first step), back to the first.
      for (const slide of [...slides].reverse().slice(1)) {
        await tapKey(page, 'ArrowUp')
        await expect(page).toHaveURL(at(`/presenter/${slide.no}`))
        await expectNotesOf(slide)
      }
    })

    test('at the last click of each slide, the presenter previews the next slide, and the end after the last', async ({ page }) => {
      // Slidev's "Next" panel shows the next click while the slide has clicks left, then the next slide.
      const preview = page.locator('.slidev-presenter .grid-section.next')
      for (const slide of slides) {
        await page.goto(`/presenter/${slide.no}?clicks=${clickSteps(slide.note)}`)
        const next = slides[slide.no]
        if (next)
          await expect(preview.locator(`.slidev-page-${next.no}`), `after slide ${slide.no}`).toContainText(shownTitle(next.title))
        else
          await expect(preview).toContainText('End of the presentation')
      }
    })

    test('the presenter view gives the notes and the next slide a third of a 1920 × 1080 screen each side', async ({ page }) => {
      await page.goto('/presenter/2')
      for (const panel of ['next', 'note']) {
        const box = await page.locator(`.slidev-presenter .grid-section.${panel}`).boundingBox()
        expect(box?.width, `${panel} panel width`).toBeGreaterThanOrEqual(600)
      }
      const noteBox = await page.locator('.slidev-presenter .grid-section.note').boundingBox()
      expect(noteBox?.height, 'notes panel height').toBeGreaterThanOrEqual(500)
      await expect(page.locator('.slidev-note').first()).toHaveCSS('font-size', '20px')
    })

    test.describe('the presenter timer', () => {
      const display = (page: Page) => page.locator('.slidev-presenter .grid-section.bottom .font-mono')
      const secondsShown = async (page: Page) => parseTimer(await display(page).textContent() ?? '')
      // Slidev shows the timer's controls when the pointer is over its clock icon.
      async function timerControl(page: Page, icon: 'play' | 'renew'): Promise<void> {
        await page.locator('.slidev-presenter .grid-section.bottom .group').hover()
        await page.locator(`.slidev-presenter .grid-section.bottom .i-carbon\\:${icon}`).click()
      }

      test.afterEach(async ({ page }) => {
        // The timer is shared through the dev server: leave it stopped for the next test.
        await timerControl(page, 'renew')
      })

      test('shows the talk\'s duration from the headmatter, and counts down once started', async ({ page }) => {
        expect(timer, 'the headmatter sets a countdown timer').toBe('countdown')
        expect(durationSeconds, 'the headmatter sets the talk\'s duration').toBeGreaterThan(0)
        await page.goto('/presenter/1')
        await timerControl(page, 'renew')
        await expect(display(page)).toHaveText(formatTimer(durationSeconds))
        // Stopped, it waits for the presenter.
        await page.waitForTimeout(1_500)
        await expect(display(page)).toHaveText(formatTimer(durationSeconds))

        await timerControl(page, 'play')
        await expect.poll(() => secondsShown(page), { timeout: 5_000 }).toBeLessThan(durationSeconds)
        const left = await secondsShown(page)
        expect(left).toBeGreaterThan(durationSeconds - 30)
        await expect.poll(() => secondsShown(page), { timeout: 5_000 }).toBeLessThan(left)
      })
    })

    test.describe('the presenter\'s window and the audience\'s window', () => {
      // The slide with clicks that is not the last: advancing walks its clicks, then leaves it.
      const withClicks = slides.find(slide => clickSteps(slide.note) > 0 && slide.no < slides.length)!

      async function openAudience(browser: Browser, watch: (page: Page) => void): Promise<Page> {
        // Another browser context: another window, as on the projector's screen, sharing nothing but
        // the dev server with the presenter's.
        const context = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 } })
        const audience = await context.newPage()
        watch(audience)
        return audience
      }

      test('advancing in the presenter moves the audience, click by click and slide by slide, and back', async ({ page: presenter, browser, guards }) => {
        const audience = await openAudience(browser, guards.watch)
        const { no } = withClicks
        await presenter.goto(`/presenter/${no}`)
        await audience.goto(`/${no}`)
        await settled(presenter, no)
        await settled(audience, no)

        for (let click = 1; click <= clickSteps(withClicks.note); click++) {
          await tapKey(presenter, 'ArrowRight')
          await expect(presenter).toHaveURL(at(`/presenter/${no}`, click))
          await expect(audience, `audience at click ${click}`).toHaveURL(at(`/${no}`, click))
          await presenter.waitForTimeout(presenterPace)
        }
        await tapKey(presenter, 'ArrowRight')
        await expect(presenter).toHaveURL(at(`/presenter/${no + 1}`))
        await expect(audience, 'audience on the next slide').toHaveURL(at(`/${no + 1}`))
        await settled(audience, no + 1)
        // Each window's title names the slide it shows.
        const slideTitle = titleTemplate.replace('%s', () => `${no + 1}. ${slides[no]!.title}`)
        await expect(audience).toHaveTitle(slideTitle)
        await expect(presenter).toHaveTitle(ui.presenterTitle(slideTitle))

        // Slidev syncs both ways: a key pressed on the audience's window moves the presenter too.
        await tapKey(audience, 'ArrowLeft')
        await expect(audience).toHaveURL(at(`/${no}`, clickSteps(withClicks.note)))
        await expect(presenter, 'presenter back on the audience\'s slide').toHaveURL(at(`/presenter/${no}`, clickSteps(withClicks.note)))
        await audience.context().close()
      })
    })

    test.describe('a reload comes back to the same slide and click', () => {
      for (const view of [{ name: 'audience', path: '' }, { name: 'presenter', path: '/presenter' }]) {
        test(`${view.name} view: on every slide, at its first click where it has one`, async ({ page }) => {
          // Eleven reloads of the whole view: over a minute when another worker shares two cores.
          test.slow()
          await page.goto(`${view.path}/1`)
          for (const slide of slides) {
            await settled(page, slide.no)
            const click = Math.min(1, clickSteps(slide.note))
            if (click)
              await tapKey(page, 'ArrowRight')
            await expect(page, `slide ${slide.no}`).toHaveURL(at(`${view.path}/${slide.no}`, click))
            await page.reload()
            await expect(page, `slide ${slide.no}, reloaded`).toHaveURL(at(`${view.path}/${slide.no}`, click))
            await expect(page.locator(`#slideshow .slidev-page-${slide.no}`)).toBeVisible()
            await expect(page.locator(`#slideshow .slidev-page-${slide.no}`)).toContainText(shownTitle(slide.title))
            // On to the next slide (↓ skips the clicks left).
            if (slide.no < slides.length) {
              await settled(page, slide.no)
              await tapKey(page, 'ArrowDown')
            }
          }
        })
      }
    })

    test('in presenter mode a country opens its projects and Escape closes them', async ({ page }) => {
      const mapSlide = slideWith('PartnerMap').no
      await page.goto(`/presenter/${mapSlide}?clicks=1`)
      const current = page.locator(`#slide-content .slidev-page-${mapSlide}`).first()
      await current.locator('.map-label[data-partner="VN"]').click()
      const details = current.getByRole('region', { name: data.partnerByCode('VN').name })
      await expect(details).toBeVisible()
      await expect(details.locator('[data-project]')).not.toHaveCount(0)
      await page.keyboard.press('Escape')
      await expect(details).toBeHidden()
      await tapKey(page, 'ArrowRight')
      await expect(page).toHaveURL(new RegExp(`/presenter/${mapSlide + 1}(\\?|$)`))
    })
  })
}
