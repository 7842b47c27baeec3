/**
 * The built deck (`npm run build`, served statically) in real Chromium: every slide loads directly
 * at /N and renders its title; the keyboard walks every click step of every slide in order.
 */
import { loadDeckOutline } from '../../scripts/deck-outline'
import { walkEveryClickStep } from '../support/keyboard-walk'
import { expect, test } from './fixtures'

const { slides } = await loadDeckOutline()

for (const slide of slides) {
  test(`slide ${slide.no} "${slide.title}" loads directly at /${slide.no} and renders`, async ({ page }) => {
    await page.goto(`/${slide.no}`)
    const content = page.locator('#slide-content')
    await expect(content).toBeVisible()
    await expect(page.locator('.slidev-page').filter({ hasText: slide.title }).first()).toBeVisible()
    await expect(page).toHaveTitle(/CNES/)
    await page.evaluate(() => document.fonts.ready)
    const families = await page.evaluate(() => [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family))
    expect(families.map(f => f.replace(/"/g, ''))).toContain('Inter')
  })
}

test('the keyboard walks every click step, as the speaker notes announce them, through to the last slide', async ({ page }) => {
  await page.goto('/1')
  await expect(page.locator('#slide-content')).toBeVisible()
  await walkEveryClickStep(page, slides)
})
