/** Walks a loaded deck with the keyboard, click step by click step, as the speaker notes announce them. */
import type { Page } from '@playwright/test'
import type { OutlineSlide } from '../../scripts/deck-outline'
import { expect } from '@playwright/test'
import { clickSteps } from './notes'
import { tapKey } from './tap-key'

/**
 * From slide 1 to the last slide and one step back, checking the URL after each key. The URL
 * checks match history routing (/N?clicks=K) and hash routing (#/N?clicks=K) alike.
 */
export async function walkEveryClickStep(page: Page, slides: OutlineSlide[]): Promise<void> {
  for (const slide of slides) {
    // Keys come at a presenter's pace: each slide has mounted, and its transition ended, first.
    await expect(page.locator(`.slidev-page-${slide.no}`)).toBeVisible()
    await page.waitForTimeout(400)
    const steps = clickSteps(slide.note)
    for (let click = 1; click <= steps; click++) {
      await tapKey(page, 'ArrowRight')
      await expect(page, `slide ${slide.no}, click ${click}`).toHaveURL(new RegExp(`/${slide.no}\\?clicks=${click}$`))
    }
    if (slide.no < slides.length) {
      await tapKey(page, 'ArrowRight')
      await expect(page, `after the last click of slide ${slide.no}`).toHaveURL(new RegExp(`/${slide.no + 1}$`))
    }
  }
  // The last slide has no further step: the deck stays there.
  await tapKey(page, 'ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${slides.length}(\\?clicks=\\d+)?$`))
  // And back: ArrowLeft undoes a step.
  await tapKey(page, 'ArrowLeft')
  await expect(page).not.toHaveURL(new RegExp(`/${slides.length}$`))
}
