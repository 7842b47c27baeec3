/**
 * WCAG 2.1 AA on every slide of each edition of the built deck, checked by axe-core at the slide's
 * first and last click step (so that every chart part is checked visible), and with a chart's
 * drill-down open; the French deck is checked as French (<html lang="fr">).
 */
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { animationsSettled } from '../support/animations'
import { deckPath, loadTestedEditions } from '../support/editions'
import { clickSteps } from '../support/notes'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

// The editions are independent of each other: each runs its tests in order, and with two test
// workers the two editions run side by side.
test.describe.configure({ mode: 'parallel' })

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function violations(page: Page, no: number) {
  await expect(page.locator(`.slidev-page-${no}`)).toBeVisible()
  // Wait for the fade between slides, and the click steps' reveals, to end: axe reads colours as
  // they are painted.
  await animationsSettled(page)
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).include(`.slidev-page-${no}`).analyze()
  return results.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join('; ')})`)
}

for (const { edition, outline, slides, data, words, slideWith } of testedEditions) {
  test.describe(edition.locale, () => {
    test.describe.configure({ mode: 'default' })

    for (const slide of slides) {
      test(`slide ${slide.no} "${slide.title}" has no WCAG 2.1 AA violation`, async ({ page }) => {
        await page.goto(deckPath(edition, slide.no))
        await expect(page.locator('html')).toHaveAttribute('lang', outline.lang)
        expect(await violations(page, slide.no), 'first step').toEqual([])
        const steps = clickSteps(slide.note)
        if (steps > 0) {
          await page.goto(`${deckPath(edition, slide.no)}?clicks=${steps}`)
          expect(await violations(page, slide.no), 'last click step').toEqual([])
        }
      })
    }

    test('a slide with a drill-down open, then with its data table shown, has no WCAG 2.1 AA violation', async ({ page }) => {
      const { no } = slideWith('PartnerMap')
      await page.goto(`${deckPath(edition, no)}?clicks=1`)
      await page.locator(`.slidev-page-${no} .map-label[data-partner="JP"]`).click()
      await expect(page.getByRole('region', { name: data.partnerByCode('JP').name })).toBeVisible()
      const results = await new AxeBuilder({ page }).withTags(wcag21aa).include(`.slidev-page-${no}`).analyze()
      expect(results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join('; ')}`)).toEqual([])
      await page.keyboard.press('Escape')
      await page.locator(`.slidev-page-${no}`).getByRole('button', { name: words.ui.dataTable, pressed: false }).click()
      const withTable = await new AxeBuilder({ page }).withTags(wcag21aa).include(`.slidev-page-${no}`).analyze()
      expect(withTable.violations.map(v => v.id)).toEqual([])
    })
  })
}
