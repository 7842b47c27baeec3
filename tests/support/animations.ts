/** Waiting for a page's animations and transitions (a slide's fade, a click step's reveal) to end. */
import type { Page } from '@playwright/test'

/**
 * Resolves once no finite animation or CSS transition is running: two frames first, so that a
 * transition the last change started has begun, then until every one has ended. Faster than a
 * fixed pause long enough for the slowest fade, and never too short.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await page.waitForFunction(() => document.getAnimations().every(animation =>
    animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity))
}
