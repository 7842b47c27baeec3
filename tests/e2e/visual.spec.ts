/**
 * A picture of each chart slide, and of the text slides the design pass laid out (the cover, the
 * two slides after it, the closing slide), at its last click step, in each edition, compared with the
 * approved one in visual.spec.ts-snapshots/ (partner-map.png for English, partner-map-fr.png for
 * French): a change to a chart's look fails here until it is looked at and approved
 * (`npx playwright test visual --update-snapshots=all`). A few hundred pixels of tolerance absorb
 * anti-aliasing, not a changed word. Inter comes from npm, so the text renders the same on every
 * machine with this Chromium.
 */
import type { Locator, Page } from '@playwright/test'
import type { Edition } from '../../i18n/editions'
import type { OutlineSlide } from '../../scripts/deck-outline'
import { deckPath, loadTestedEditions } from '../support/editions'
import { clickSteps } from '../support/notes'
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

async function expectAsApproved(page: Page, content: Locator, picture: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(800)
  await expect(content).toHaveScreenshot(picture, { maxDiffPixels: 200, animations: 'disabled' })
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
  })
}
