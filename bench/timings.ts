/**
 * The two times a visitor feels, measured inside the page (performance.now(), so no Playwright
 * round trip is counted): from navigation to the first slide visible, and from a key press to
 * the next slide visible. "Visible" is the first animation frame in which the slide's element is
 * laid out, displayed, not transparent and not hidden under another slide that is fully opaque
 * (a cross-dissolve's outgoing slide, stacked above, before it starts to fade); the web font may
 * still be swapping in.
 * These are reported, never asserted: they depend on the machine and its load.
 */
import type { Browser, Page } from 'playwright-chromium'
import { trackNetwork } from './first-visit'

declare global {
  interface Window {
    /** Set by the init script: performance.now() when each slide was first seen visible. */
    __slideSeenAt?: Record<number, number>
    __lastKeyAt?: number
  }
}

/**
 * Watches, every animation frame, for slides becoming visible, and records the key presses' times.
 * A string, not a function: the page gets it as written, whatever compiled this file.
 */
const watchSlides = `
  window.__slideSeenAt = {};
  // Whether a sibling slide stacked above this one (a higher z-index, or the same and later in the
  // page) is displayed and fully opaque. Not a hit test: a slide on its way out may take no pointer.
  function underOpaqueSlide(element) {
    const layer = (slide) => Number.parseInt(getComputedStyle(slide).zIndex) || 0;
    for (const slide of element.parentElement.children) {
      if (slide === element || !/slidev-page-\\d/.test(slide.getAttribute('class') ?? ''))
        continue;
      const above = layer(slide) > layer(element)
        || (layer(slide) === layer(element) && (element.compareDocumentPosition(slide) & Node.DOCUMENT_POSITION_FOLLOWING));
      if (above && getComputedStyle(slide).opacity === '1' && slide.getBoundingClientRect().height > 0
        && slide.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        return true;
    }
    return false;
  }
  addEventListener('keydown', (event) => { window.__lastKeyAt = event.timeStamp }, { capture: true });
  requestAnimationFrame(function look() {
    for (const element of document.querySelectorAll('[class*="slidev-page-"]')) {
      const no = Number(/slidev-page-(\\d+)/.exec(element.getAttribute('class'))?.[1]);
      if (!Number.isNaN(no) && window.__slideSeenAt[no] === undefined && element.getBoundingClientRect().height > 0
        && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !underOpaqueSlide(element))
        window.__slideSeenAt[no] = performance.now();
    }
    requestAnimationFrame(look);
  });
`

export function median(values: readonly number[]): number {
  if (values.length === 0)
    throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function seenAt(page: Page, slide: number): Promise<number> {
  await page.waitForFunction(no => window.__slideSeenAt?.[no] !== undefined, slide)
  return page.evaluate(no => window.__slideSeenAt![no]!, slide)
}

/**
 * Milliseconds from navigation to slide `slide` visible at `origin` + `path` (a slide's `/N`, or
 * the presenter view's `/presenter/N`), in a fresh browser context (empty cache); the page closes
 * as soon as it is seen, before Slidev's 3 s preload of the rest of the deck. `onPage` sees the
 * page before it navigates (to watch its reloads, say).
 */
export async function timeToSlide(browser: Browser, origin: string, path: string, slide: number, onPage?: (page: Page) => void): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' })
  try {
    await context.route(url => url.origin !== origin, route => route.abort('blockedbyclient'))
    await context.addInitScript({ content: watchSlides })
    const page = await context.newPage()
    onPage?.(page)
    await page.goto(`${origin}${path}`)
    return await seenAt(page, slide)
  }
  finally {
    await context.close()
  }
}

/** Milliseconds from navigation to slide 1 visible, in a fresh browser context (empty cache) each run. */
export async function timeToFirstSlide(browser: Browser, origin: string, runs = 5): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run++)
    times.push(await timeToSlide(browser, origin, '/1', 1))
  return times
}

/** One slide change: the key, the slides it went from and to, and the milliseconds to the new slide visible. */
export interface SlideChange {
  key: 'ArrowDown' | 'ArrowUp'
  from: number
  to: number
  ms: number
}

/**
 * Every slide change through the deck with ↓ (next slide) and back with ↑, `walks` times, once
 * the deck has loaded as a visitor's would (Slidev preloads every slide 3 s after the first):
 * from the key press to the next slide visible.
 */
export async function slideChanges(browser: Browser, origin: string, slideCount: number, walks = 1): Promise<SlideChange[]> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' })
  try {
    await context.route(url => url.origin !== origin, route => route.abort('blockedbyclient'))
    await context.addInitScript({ content: watchSlides })
    const page = await context.newPage()
    const network = trackNetwork(page)
    await page.goto(`${origin}/1`)
    await seenAt(page, 1)
    await page.waitForTimeout(3500)
    await network.idle()
    const changes: SlideChange[] = []
    const step = async (key: 'ArrowDown' | 'ArrowUp', from: number, to: number): Promise<void> => {
      // A presenter's pace: the previous transition has ended (a slide still fading out would be
      // seen visible at once, were it the next one).
      await page.waitForTimeout(400)
      await page.waitForFunction(() => document.getAnimations().every(animation =>
        animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity))
      await page.evaluate((no) => {
        delete window.__slideSeenAt![no]
      }, to)
      await page.keyboard.press(key)
      const visible = await seenAt(page, to)
      changes.push({ key, from, to, ms: visible - await page.evaluate(() => window.__lastKeyAt!) })
    }
    for (let walk = 0; walk < walks; walk++) {
      for (let no = 2; no <= slideCount; no++)
        await step('ArrowDown', no - 1, no)
      for (let no = slideCount - 1; no >= 1; no--)
        await step('ArrowUp', no + 1, no)
    }
    return changes
  }
  finally {
    await context.close()
  }
}

/** Milliseconds from a key press to the next slide visible, for every step of one walk down the deck and back (`slideChanges`). */
export async function slideToSlideLatencies(browser: Browser, origin: string, slideCount: number): Promise<number[]> {
  return (await slideChanges(browser, origin, slideCount)).map(change => change.ms)
}
