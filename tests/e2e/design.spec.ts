/**
 * The design pass (issue 16), on each edition of the built deck at 1920 × 1080 (the canvas's own
 * size, so CSS pixels are canvas pixels): every text on every slide is 20 px or more on the canvas;
 * the text slides that were half empty fill the canvas, clear of the footer; the cover and the
 * closing slide carry the partner network, decorative, one mark per partner country, beside the
 * words; the reasons and the priorities carry their icons, decorative, drawn from inlined SVG.
 * How it all looks is approved in visual.spec.ts.
 */
import type { Locator, Page } from '@playwright/test'
import { animationsSettled } from '../support/animations'
import { deckPath, loadTestedEditions } from '../support/editions'
import { clickSteps } from '../support/notes'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()
const canvas = { width: 1920, height: 1080 }

test.describe.configure({ mode: 'parallel' })

/** Opens a slide at its last click step, fonts loaded and reveals ended. */
async function openSlide(page: Page, edition: Parameters<typeof deckPath>[0], slide: { no: number, note: string }): Promise<Locator> {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${deckPath(edition, slide.no)}?clicks=${clickSteps(slide.note)}`)
  const content = page.locator(`.slidev-page-${slide.no}`)
  await expect(content).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  await animationsSettled(page)
  return content
}

for (const { edition, slides, data, slideWith } of testedEditions) {
  const cover = slides[0]!
  const closing = slides.at(-1)!
  test.describe(edition.locale, () => {
    test.describe.configure({ mode: 'default' })

    test('every text on every slide is at least 20 px on the canvas', async ({ page }) => {
      for (const slide of slides) {
        await openSlide(page, edition, slide)
        const small = await page.locator(`.slidev-page-${slide.no}`).evaluate((root) => {
          const found: string[] = []
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement
            const text = node.textContent?.trim() ?? ''
            if (!element || text === '')
              continue
            const box = element.getBoundingClientRect()
            const style = getComputedStyle(element)
            // Shown text only: not the visually hidden tables, not a collapsed drill-down.
            if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || element.closest('.sr-only'))
              continue
            // SVG text is sized in its viewBox's units: scaled to the screen by its transform.
            const scale = element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? 1) : 1
            const size = Number.parseFloat(style.fontSize) * scale
            if (size < 19.5)
              found.push(`"${text.slice(0, 40)}" at ${size.toFixed(1)} px`)
          }
          return found
        })
        expect(small, `slide ${slide.no} "${slide.title}"`).toEqual([])
      }
    })

    test('the text slides fill the canvas, clear of the footer', async ({ page }) => {
      const balanced = slides.filter(slide => slide.layout === 'default')
      let checked = 0
      for (const slide of balanced) {
        const content = await openSlide(page, edition, slide)
        const layout = content.locator('.slidev-layout.deck-balanced')
        if (await layout.count() === 0)
          continue
        checked++
        const { bottom, footerTop } = await layout.evaluate((root) => {
          const bottoms = [...root.children].map(child => child.getBoundingClientRect().bottom)
          const footer = root.closest('.slidev-page')!.querySelector('.deck-footer')!.getBoundingClientRect()
          return { bottom: Math.max(...bottoms), footerTop: footer.top }
        })
        expect(bottom, `slide ${slide.no}: its words reach the lower part of the canvas`).toBeGreaterThan(canvas.height * 0.6)
        expect(bottom, `slide ${slide.no}: its words end above the footer`).toBeLessThan(footerTop - 24)
      }
      // "A new world of space" and "Why CNES partners abroad".
      expect(checked).toBe(2)
    })

    for (const [name, slide] of [['cover', cover], ['closing slide', closing]] as const) {
      test(`the ${name} carries the partner network, decorative, beside its words`, async ({ page }) => {
        const content = await openSlide(page, edition, slide)
        const motif = content.locator('svg.partner-orbits')
        await expect(motif).toBeVisible()
        await expect(motif).toHaveAttribute('aria-hidden', 'true')
        await expect(motif.locator('.mark')).toHaveCount(data.partners.length)
        await expect(motif.locator('circle.mark')).toHaveCount(data.counts.partnersPerCategory.leading)
        await expect(motif.locator('polygon.mark')).toHaveCount(data.counts.partnersPerCategory['new-entrant'])
        await expect(motif.locator('text')).toHaveCount(0)
        const motifBox = (await motif.boundingBox())!
        const words = (await content.locator('.bookend-text').boundingBox())!
        expect(words.x + words.width, 'the words end left of the motif').toBeLessThanOrEqual(motifBox.x)
        expect(motifBox.x + motifBox.width, 'the motif fits the canvas').toBeLessThanOrEqual(canvas.width)
        expect(motifBox.y).toBeGreaterThanOrEqual(0)
        expect(motifBox.y + motifBox.height).toBeLessThanOrEqual(canvas.height)
      })
    }

    test('the reasons and the priorities carry their icons, decorative, inlined', async ({ page }) => {
      const priorities = slideWith('PriorityList')
      for (const [slide, selector, count] of [[slideWith('DeckIcon'), '.deck-reasons li', 3], [priorities, '.priority-list li', data.priorities.length]] as const) {
        const content = await openSlide(page, edition, slide)
        const items = content.locator(selector)
        await expect(items).toHaveCount(count)
        const icons = items.locator('.deck-icon')
        await expect(icons).toHaveCount(count)
        for (const icon of await icons.all()) {
          await expect(icon).toHaveAttribute('aria-hidden', 'true')
          await expect(icon).toBeVisible()
          const mask = await icon.evaluate(element => getComputedStyle(element).maskImage)
          expect(mask).toMatch(/^url\("data:image\/svg\+xml/)
          expect((await icon.boundingBox())!.width).toBeGreaterThanOrEqual(48)
        }
        // Each item still reads as its words alone.
        for (const item of await items.all())
          expect((await item.textContent())?.trim()).toBeTruthy()
      }
      await expect(page.locator(`.slidev-page-${priorities.no} .priority-list li`)).toHaveText(data.priorities.map(p => p.name))
    })
  })
}
