/**
 * A picture of each chart slide, and of the text slides the design pass laid out (the cover, the
 * two slides after it, the closing slide), at its last click step, in each edition, compared with the
 * approved one in visual.spec.ts-snapshots/ (partner-map.png for English, partner-map-fr.png for
 * French): a change to a chart's look fails here until it is looked at and approved
 * (`npx playwright test visual --update-snapshots=all`). A few hundred pixels of tolerance absorb
 * anti-aliasing, not a changed word. Inter comes from npm, so the text renders the same on every
 * machine with this Chromium. The reading view (reading/, where a phone lands) is pictured slide by
 * slide on a phone (reading-N.png, reading-N-fr.png), its details closed, as a phone first shows it.
 */
import type { Locator, Page } from '@playwright/test'
import type { Edition } from '../../i18n/editions'
import type { OutlineSlide } from '../../scripts/deck-outline'
import type { RenderedFont } from '../support/deck-font'
import { readingFolder } from '../../reading/switch'
import { isDeckFont, renderedFonts } from '../support/deck-font'
import { deckPath, loadTestedEditions } from '../support/editions'
import { clickSteps } from '../support/notes'
import { phone } from '../support/phone'
import { layOutEverySlide } from '../support/reading-page'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

const chartSlides = [
  ['partner-map', 'PartnerMap'],
  ['partner-categories', 'PartnerCategoriesChart'],
  ['priority-matrix', 'PriorityMatrix'],
  ['cooperation-timeline', 'CooperationTimeline'],
] as const

/** A slide at its last click step, as the hall sees it once every reveal is done. */
async function openAtLastStep(page: Page, edition: Edition, slide: OutlineSlide): Promise<Locator> {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${deckPath(edition, slide.no)}?clicks=${clickSteps(slide.note)}`)
  const content = page.locator(`.slidev-page-${slide.no}`)
  await expect(content).toBeVisible()
  return content
}

/**
 * The reading view at slide `no`, drawn with Inter. Its fonts are `font-display: optional` (a
 * phone never sees text jump): on a busy machine the first load may miss the font's short window
 * and keep the fallback for the page's life. The page is then opened again, the font now in the
 * browser's cache (assets/ files are cached, as on the real host), as a reader's next visit would.
 */
async function openReadingWithInter(page: Page, edition: Edition, no: number): Promise<Locator> {
  const heading = `main > section[id="${no}"] :is(h1, h2)`
  await page.goto(`${deckPath(edition)}${readingFolder}#${no}`)
  let fonts: RenderedFont[] = []
  for (let visit = 1; visit <= 3; visit++) {
    // A reload, not the same URL again: that would only scroll to the slide.
    if (visit > 1)
      await page.reload()
    await page.evaluate(() => document.fonts.ready)
    fonts = await renderedFonts(page, heading)
    if (fonts.length > 0 && fonts.every(isDeckFont))
      return page.locator(`main > section[id="${no}"]`)
  }
  throw new Error(`The reading view's slide ${no} is still drawn with ${fonts.map(font => font.familyName).join(', ') || 'no font'} rather than Inter after three visits`)
}

async function expectAsApproved(page: Page, content: Locator, picture: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(800)
  await expect(content).toHaveScreenshot(picture, { maxDiffPixels: 200, animations: 'disabled' })
}

/**
 * One section of the reading view, pictured from the whole page: a section that runs past the
 * bottom of the screen is not painted whole in a picture of the screen. Every section is laid
 * out first (the page lays out those far from the screen only as they come near it), so that a
 * section has the same place on the page in every run, and the page is scrolled to its top, where
 * the bar that sticks to the top of the screen covers no slide.
 */
async function expectReadingAsApproved(page: Page, section: Locator, picture: string): Promise<void> {
  await layOutEverySlide(page)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.waitForTimeout(800)
  const { x, y, width, height } = await section.evaluate((element) => {
    const box = element.getBoundingClientRect()
    return { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height }
  })
  // CSS pixels: the phone's 2.625 device pixels per CSS pixel would make pictures 7 times larger.
  await expect(page).toHaveScreenshot(picture, {
    fullPage: true,
    clip: { x, y, width, height },
    maxDiffPixels: 200,
    animations: 'disabled',
    scale: 'css',
  })
}

for (const { edition, slides, slideWith } of testedEditions) {
  // The English pictures keep the names they were approved under.
  const suffix = edition.path === '' ? '' : `-${edition.locale}`
  test.describe(edition.locale, () => {
    for (const [name, component] of chartSlides) {
      test(`the ${name} slide looks as approved`, async ({ page }) => {
        const content = await openAtLastStep(page, edition, slideWith(component))
        await expect(content.locator(`.${name} svg[role="img"]`)).toBeVisible()
        await expect(content.locator(`.${name}[aria-busy="true"]`), 'a chart still loading').toHaveCount(0)
        await expectAsApproved(page, content, `${name}${suffix}.png`)
      })
    }

    // The text slides the design pass (issue 16) laid out.
    const designedSlides = [
      ['cover', slides[0]!],
      // The slide after the cover, "A new world of space".
      ['new-world', slides[1]!],
      ['reasons', slideWith('DeckIcon')],
      ['closing', slides.at(-1)!],
    ] as const
    for (const [name, slide] of designedSlides) {
      test(`the ${name} slide looks as approved`, async ({ page }) => {
        await expectAsApproved(page, await openAtLastStep(page, edition, slide), `${name}${suffix}.png`)
      })
    }

    test.describe('reading view, on a phone', () => {
      test.use({ ...phone })

      for (const slide of slides) {
        test(`slide ${slide.no} looks as approved`, async ({ page }) => {
          await expectReadingAsApproved(page, await openReadingWithInter(page, edition, slide.no), `reading-${slide.no}${suffix}.png`)
        })
      }
    })
  })
}
