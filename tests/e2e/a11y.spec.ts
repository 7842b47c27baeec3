/**
 * WCAG 2.1 AA on every slide of the built deck, checked by axe-core at the slide's first and last
 * click step (so that every chart part is checked visible), and with a chart's drill-down open.
 */
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { loadDeckOutline } from '../../scripts/deck-outline'
import { clickSteps } from '../support/notes'
import { expect, test } from './fixtures'

const { slides } = await loadDeckOutline()
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function violations(page: Page, no: number) {
  await expect(page.locator(`.slidev-page-${no}`)).toBeVisible()
  // Wait for the fade between slides to end: axe reads colours as they are painted.
  await page.waitForTimeout(600)
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).include(`.slidev-page-${no}`).analyze()
  return results.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join('; ')})`)
}

for (const slide of slides) {
  test(`slide ${slide.no} "${slide.title}" has no WCAG 2.1 AA violation`, async ({ page }) => {
    await page.goto(`/${slide.no}`)
    expect(await violations(page, slide.no), 'first step').toEqual([])
    const steps = clickSteps(slide.note)
    if (steps > 0) {
      await page.goto(`/${slide.no}?clicks=${steps}`)
      expect(await violations(page, slide.no), 'last click step').toEqual([])
    }
  })
}

test('a slide with a drill-down open, then with its data table shown, has no WCAG 2.1 AA violation', async ({ page }) => {
  const no = slides.find(s => s.title.startsWith('Two types of partners'))!.no
  await page.goto(`/${no}?clicks=1`)
  await page.locator(`.slidev-page-${no} .map-label[data-partner="JP"]`).click()
  await expect(page.getByRole('region', { name: 'Japan' })).toBeVisible()
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).include(`.slidev-page-${no}`).analyze()
  expect(results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join('; ')}`)).toEqual([])
  await page.keyboard.press('Escape')
  await page.locator(`.slidev-page-${no}`).getByRole('button', { name: 'Data table', pressed: false }).click()
  const withTable = await new AxeBuilder({ page }).withTags(wcag21aa).include(`.slidev-page-${no}`).analyze()
  expect(withTable.violations.map(v => v.id)).toEqual([])
})
