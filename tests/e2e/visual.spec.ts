/**
 * A picture of each chart slide at its last click step, in each edition, compared with the
 * approved one in visual.spec.ts-snapshots/ (partner-map.png for English, partner-map-fr.png for
 * French): a change to a chart's look fails here until it is looked at and approved
 * (`npx playwright test visual --update-snapshots=all`). A few hundred pixels of tolerance absorb
 * anti-aliasing, not a changed word. Inter comes from npm, so the text renders the same on every
 * machine with this Chromium.
 */
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

for (const { edition, slideWith } of testedEditions) {
  // The English pictures keep the names they were approved under.
  const suffix = edition.path === '' ? '' : `-${edition.locale}`
  test.describe(edition.locale, () => {
    for (const [name, component] of chartSlides) {
      test(`the ${name} slide looks as approved`, async ({ page }) => {
        const slide = slideWith(component)
        await page.emulateMedia({ reducedMotion: 'reduce' })
        await page.goto(`${deckPath(edition, slide.no)}?clicks=${clickSteps(slide.note)}`)
        const content = page.locator(`.slidev-page-${slide.no}`)
        await expect(content.locator(`.${name} svg[role="img"]`)).toBeVisible()
        await expect(content.locator(`.${name}[aria-busy="true"]`), 'a chart still loading').toHaveCount(0)
        await page.evaluate(() => document.fonts.ready)
        await page.waitForTimeout(800)
        await expect(content).toHaveScreenshot(`${name}${suffix}.png`, { maxDiffPixels: 200, animations: 'disabled' })
      })
    }
  })
}
