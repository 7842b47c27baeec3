/**
 * The reading view lays out and paints a slide far from the screen only as it comes near
 * (reading/reading.css, `content-visibility: auto`). A check that reads every slide as painted
 * (axe's colours) or needs each slide at a fixed place on the page (pictures) lays them all out.
 */
import type { Page } from '@playwright/test'

export async function layOutEverySlide(page: Page): Promise<void> {
  await page.addStyleTag({ content: 'main > section { content-visibility: visible !important; }' })
}
