/**
 * idle-mount/, on each edition of the built deck in Chromium: 3 s after the first slide shows,
 * Slidev mounts the rest of the deck, and the public build mounts it one slide a task (Slidev's own
 * client marks them all at once, and Vue mounts them in one task). A MutationObserver sees Slidev's
 * slide wrappers (`[data-slidev-no]`) arrive in #slideshow: once the first screen's (the slide
 * and its neighbours) are in, each later task adds one; in the end every slide is mounted, and the
 * keyboard still walks the deck.
 */
import { deckPath, loadTestedEditions } from '../support/editions'
import { walkEveryClickStep } from '../support/keyboard-walk'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

test.describe.configure({ mode: 'parallel' })

declare global {
  /** The slides each MutationObserver callback found newly mounted in #slideshow, in order. */
  interface Window { __mountedSlides?: number[][] }
}

for (const { edition, slides } of testedEditions) {
  test(`${edition.locale}: the deck is mounted one slide a task after the first screen, every slide in the end, and the keyboard walks it`, async ({ page }) => {
    test.setTimeout(90_000)
    await page.addInitScript(() => {
      const seen = new Set<number>()
      window.__mountedSlides = []
      new MutationObserver(() => {
        const mounted = [...document.querySelectorAll<HTMLElement>('#slideshow > [data-slidev-no]')].map(wrapper => Number(wrapper.dataset.slidevNo))
        const added = mounted.filter(no => !seen.has(no))
        added.forEach(no => seen.add(no))
        if (added.length > 0)
          window.__mountedSlides!.push(added)
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(deckPath(edition, 1))
    await expect(page.locator('#slideshow .slidev-page-1')).toBeVisible()
    // Slidev waits 3 s, then one slide an idle period.
    await expect(page.locator('#slideshow > [data-slidev-no]')).toHaveCount(slides.length, { timeout: 30_000 })
    const batches = await page.evaluate(() => window.__mountedSlides!)
    const [firstScreen, ...later] = batches
    expect(firstScreen, 'the first screen: slide 1 and the next').toEqual([1, 2])
    expect(later.filter(batch => batch.length !== 1), 'later tasks that mounted more than one slide').toEqual([])
    expect(batches.flat().sort((a, b) => a - b)).toEqual(slides.map(slide => slide.no))
    await walkEveryClickStep(page, slides)
  })
}
