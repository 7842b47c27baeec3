/**
 * Each chart's SVG marks match data/: one bar per partner in its category, bar values equal to the
 * partner's projects; one row per project under its priority.
 */
import { categories, partners, priorities, projectsOfPartner, projectsOfPriority } from '../../data'
import { loadDeckOutline } from '../../scripts/deck-outline'
import { expect, test } from './fixtures'

const { slides } = await loadDeckOutline()
const slideNo = (title: string) => slides.find(s => s.title.startsWith(title))!.no

test('the partner chart draws one bar per partner, in its category, as long as its projects', async ({ page }) => {
  await page.goto(`/${slideNo('Two types of partners')}`)
  const chart = page.locator('.partner-categories svg[role="img"]')
  await expect(chart).toBeVisible()
  await expect(chart.locator('.partner-bar')).toHaveCount(partners.length)
  for (const category of categories) {
    const expected = partners.filter(p => p.category === category.id)
    const bars = chart.locator(`[data-category="${category.id}"] .partner-bar`)
    await expect(bars).toHaveCount(expected.length)
    expect(await bars.evaluateAll(els => els.map(el => el.getAttribute('data-partner')))).toEqual(expected.map(p => p.code))
  }
  const unit: number[] = []
  for (const partner of partners) {
    const bar = chart.locator(`.partner-bar[data-partner="${partner.code}"]`)
    const projects = projectsOfPartner(partner.code).length
    await expect(bar).toHaveAttribute('data-projects', String(projects))
    unit.push(Number(await bar.getAttribute('width')) / projects)
  }
  // One scale for all bars: width per project is the same everywhere.
  expect(Math.max(...unit) - Math.min(...unit)).toBeLessThan(0.01)
  await expect(chart.locator('title')).not.toBeEmpty()
  await expect(page.locator('.partner-categories table tbody tr')).toHaveCount(partners.length)
})

test('the priority chart lists every project under its priority', async ({ page }) => {
  await page.goto(`/${slideNo('Three priorities')}`)
  const chart = page.locator('.priority-chart svg[role="img"]')
  await expect(chart).toBeVisible()
  for (const priority of priorities) {
    const expected = projectsOfPriority(priority.id)
    const column = chart.locator(`[data-priority="${priority.id}"]`)
    await expect(column.locator('.priority-bar')).toHaveAttribute('data-projects', String(expected.length))
    expect(await column.locator('.project-row').evaluateAll(els => els.map(el => el.getAttribute('data-project')))).toEqual(expected.map(p => p.id))
  }
})

test('a chart\'s later parts wait for their click, and show in full at the last click', async ({ page }) => {
  const no = slideNo('Two types of partners')
  await page.goto(`/${no}`)
  const second = page.locator(`.slidev-page-${no} [data-category="${categories[1]!.id}"]`)
  await expect(second).toHaveCSS('opacity', '0')
  await page.keyboard.press('ArrowRight')
  await expect(second).toHaveCSS('opacity', '1')
})
