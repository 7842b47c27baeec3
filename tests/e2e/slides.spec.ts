/**
 * The built deck (`npm run build`, served statically) in real Chromium: every slide loads directly
 * at /N and renders its title; the keyboard walks every click step of every slide in order.
 */
import { loadDeckOutline } from '../../scripts/deck-outline'
import { clickSteps } from '../support/notes'
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
  for (const slide of slides) {
    // Keys come at a presenter's pace: each slide has mounted, and its transition ended, first.
    await expect(page.locator(`.slidev-page-${slide.no}`)).toBeVisible()
    await page.waitForTimeout(400)
    const steps = clickSteps(slide.note)
    for (let click = 1; click <= steps; click++) {
      await page.keyboard.press('ArrowRight')
      await expect(page, `slide ${slide.no}, click ${click}`).toHaveURL(new RegExp(`/${slide.no}\\?clicks=${click}$`))
    }
    if (slide.no < slides.length) {
      await page.keyboard.press('ArrowRight')
      await expect(page, `after the last click of slide ${slide.no}`).toHaveURL(new RegExp(`/${slide.no + 1}$`))
    }
  }
  // The last slide has no further step: the deck stays there.
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${slides.length}(\\?clicks=\\d+)?$`))
  // And back: ArrowLeft undoes a step.
  await page.keyboard.press('ArrowLeft')
  await expect(page).not.toHaveURL(new RegExp(`/${slides.length}$`))
})
