/**
 * A picture of each chart slide at its last click step, compared with the approved one in
 * visual.spec.ts-snapshots/: a change to a chart's look fails here until it is looked at and
 * approved (`npx playwright test visual --update-snapshots=all`). A few hundred pixels of
 * tolerance absorb anti-aliasing, not a changed word. Inter comes from npm, so the text
 * renders the same on every machine with this Chromium.
 */
import { loadDeckOutline } from '../../scripts/deck-outline'
import { clickSteps } from '../support/notes'
import { expect, test } from './fixtures'

const { slides } = await loadDeckOutline()
const chartSlides = [
  ['partner-map', 'Two types of partners'],
  ['partner-categories', 'Cooperation projects with each partner'],
  ['priority-matrix', 'Three priorities'],
  ['cooperation-timeline', 'Decades of cooperation'],
] as const

for (const [name, title] of chartSlides) {
  test(`the ${name} slide looks as approved`, async ({ page }) => {
    const slide = slides.find(s => s.title.startsWith(title))!
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(`/${slide.no}?clicks=${clickSteps(slide.note)}`)
    const content = page.locator(`.slidev-page-${slide.no}`)
    await expect(content.locator(`.${name} svg[role="img"]`)).toBeVisible()
    await expect(content.locator(`.${name}[aria-busy="true"]`), 'a chart still loading').toHaveCount(0)
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(800)
    await expect(content).toHaveScreenshot(`${name}.png`, { maxDiffPixels: 200, animations: 'disabled' })
  })
}
