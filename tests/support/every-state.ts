/**
 * Every state of an edition's built deck in which it shows something: each slide at its last click
 * step, each chart's data table shown, each partner's drill-down on the map and the matrix's
 * first drill-down opened. `visit(no)` is called in each, with that slide shown and settled.
 * Used where something must hold of everything the deck shows (its words, its fonts).
 */
import type { Page } from '@playwright/test'
import type { TestedEdition } from './editions'
import { expect } from '@playwright/test'
import { animationsSettled } from './animations'
import { deckPath } from './editions'
import { clickSteps } from './notes'
import { tapKey } from './tap-key'

export async function visitEveryState(page: Page, deck: TestedEdition, visit: (no: number) => Promise<void>): Promise<void> {
  const { edition, slides, words: { ui }, slideWith } = deck
  const charts = ['PartnerMap', 'PartnerCategoriesChart', 'PriorityMatrix', 'CooperationTimeline'].map(component => slideWith(component).no)
  // The announcer speaks a slide's title when the keyboard moves to it: come to each slide from the one before.
  await page.goto(deckPath(edition, 1))
  for (const slide of slides) {
    const current = page.locator(`#slide-content .slidev-page-${slide.no}`)
    if (slide.no > 1) {
      await tapKey(page, 'ArrowDown')
      await expect(page).toHaveURL(new RegExp(`/${slide.no}(\\?|$)`))
    }
    await expect(current).toBeVisible()
    for (let click = 0; click < clickSteps(slide.note); click++)
      await tapKey(page, 'ArrowRight')
    await expect(page).toHaveURL(new RegExp(`/${slide.no}${clickSteps(slide.note) ? `\\?clicks=${clickSteps(slide.note)}` : ''}$`))
    await expect(current.locator('[aria-busy="true"]'), 'a chart still loading').toHaveCount(0)
    await animationsSettled(page)
    await visit(slide.no)

    if (charts.includes(slide.no)) {
      await current.getByRole('button', { name: ui.dataTable, pressed: false }).click()
      await expect(current.locator('table.chart-data-table')).not.toHaveClass(/sr-only/)
      await visit(slide.no)
      await current.getByRole('button', { name: ui.dataTable, pressed: true }).click()
    }
    if (slide.no === slideWith('PartnerMap').no) {
      // Every partner's projects: between them, every project of the deck.
      for (const partner of deck.data.partners) {
        await current.locator(`.map-label[data-partner="${partner.code}"]`).click()
        await expect(current.getByRole('region', { name: partner.name })).toBeVisible()
        await visit(slide.no)
        await page.keyboard.press('Escape')
        await expect(current.getByRole('region', { name: partner.name })).toBeHidden()
      }
    }
    if (slide.no === slideWith('PriorityMatrix').no) {
      await current.locator('.cell-control').first().click()
      await expect(current.locator('.project-details')).toBeVisible()
      await visit(slide.no)
      await page.keyboard.press('Escape')
    }
  }
}
