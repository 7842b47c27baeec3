/**
 * The reading view (reading/), on the built deck as a phone opens it: `<base>` and `<base>N` open
 * it at slide N, it has every slide in order with every click step, its charts reflowed for the
 * screen, their details a tap away; its text is legible, it never scrolls sideways, its controls
 * are large enough for a finger, and axe finds no WCAG 2.1 A/AA violation. One control goes to the
 * slides and one comes back; a laptop and the projector never see either. Hosting (nginx, a host
 * with no fallback, offline) is checked with the deck's in nginx.spec.ts, static-host.spec.ts and
 * offline.spec.ts.
 */
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { readingFolder } from '../../reading/switch'
import { deckPath, loadTestedEditions, shownTitle } from '../support/editions'
import { phone } from '../support/phone'
import { layOutEverySlide } from '../support/reading-page'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

/** The narrowest and widest phones the reading view is made for, and a common one. */
const phoneWidths = [360, 412, 430] as const
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

test.describe.configure({ mode: 'parallel' })

/** Opens every <details> of the page, as a reader who taps them all would. */
async function openEveryDetails(page: Page): Promise<void> {
  await page.locator('details').evaluateAll(all => all.forEach(details => (details as HTMLDetailsElement).open = true))
}

/** A tap where a finger would put it, with no scrolling first (Playwright's tap() scrolls the element into view, which moves the page under the bar). */
async function tapInPlace(page: Page, name: string): Promise<void> {
  const box = await page.getByRole('link', { name, exact: true }).boundingBox()
  if (box === null)
    throw new Error(`no "${name}" link on screen`)
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
}

/**
 * Where the page opened at #N shows slide N's section: "under the bar" when its top is just below
 * the bar (scroll-padding), "the page ends" when the page cannot scroll that far, else where it
 * is. The page's height is rounded to a whole pixel and its scroll position to a device pixel, so
 * a page scrolled to its end may fall short of its height by up to a pixel.
 */
async function sectionPlace(page: Page, no: number): Promise<string> {
  return page.locator(`section[id="${no}"]`).evaluate((section) => {
    const top = section.getBoundingClientRect().top
    if (top >= 40 && top <= 80)
      return 'under the bar'
    const { scrollY, innerHeight } = window
    const { scrollHeight } = document.documentElement
    return scrollY + innerHeight >= scrollHeight - 1 ? 'the page ends' : `top at ${top} px, the page scrolled ${scrollY} px + ${innerHeight} px of ${scrollHeight} px`
  })
}

for (const { edition, outline, slides, data, words } of testedEditions) {
  const base = deckPath(edition)
  const reading = `${base}${readingFolder}`

  test.describe(edition.locale, () => {
    test.describe('on a phone', () => {
      test.use({ ...phone })

      test(`${base} and ${base}N open the reading view at slide N`, async ({ page }) => {
        for (const target of ['', ...slides.map(slide => slide.no)]) {
          const no = typeof target === 'number' ? target : 1
          await page.goto(deckPath(edition, target))
          await expect(page).toHaveURL(url => url.pathname === reading && url.hash === `#${no}`)
          await expect(page.locator(`section[id="${no}"]`)).toBeInViewport()
          // The slide's section starts at the top, clear of the bar, unless the page ends first
          // (polled: slides off screen are laid out as they come near it, content-visibility).
          await expect.poll(() => sectionPlace(page, no), `slide ${no}'s section`).toMatch(/^(under the bar|the page ends)$/)
        }
      })

      test('every slide is there in order, its title a heading, with every click step shown', async ({ page, browser }) => {
        await page.goto(reading)
        const sections = page.locator('main > section')
        await expect(sections).toHaveCount(slides.length)
        for (const slide of slides) {
          const section = sections.nth(slide.no - 1)
          await expect(section).toHaveAttribute('id', String(slide.no))
          await expect(section.getByRole('heading', { level: slide.no === 1 ? 1 : 2 }).first()).toHaveText(shownTitle(slide.title))
        }
        // The words the slides themselves show, at their last click step, are all in the reading
        // view: each paragraph, item and quote outside a chart, read from the built deck (compared
        // without white space, which the two lay out differently).
        const desktop = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
        let checked = 0
        for (const slide of slides) {
          await desktop.goto(`${deckPath(edition, slide.no)}?clicks=99`)
          await expect(desktop.locator(`.slidev-page-${slide.no}`)).toBeVisible()
          const texts = await desktop.locator(`.slidev-page-${slide.no} .slidev-layout`).evaluate(layout => [...layout.querySelectorAll('p, li, blockquote, figcaption, dt, dd')]
            .filter(element => element.closest('.chart-frame, a, .other-edition') === null && element.querySelector('p, li') === null)
            .map(element => (element.textContent ?? '').replace(/\s+/g, ''))
            .filter(text => text !== ''))
          checked += texts.length
          const readingText = (await sections.nth(slide.no - 1).evaluate(section => section.textContent ?? '')).replace(/\s+/g, '')
          for (const text of texts)
            expect(readingText, `slide ${slide.no}: "${text}"`).toContain(text)
        }
        expect(checked, 'words checked').toBeGreaterThan(30)
        await desktop.close()
      })

      test('a partner\'s projects are a tap away under the map, the bars and the matrix, as in the slides\' drill-down', async ({ page }) => {
        await page.goto(reading)
        for (const { partner, chart } of [{ partner: data.partners[0]!, chart: '.reading-map ~ .map-key' }, { partner: data.partners.at(-1)!, chart: '.reading-map ~ .map-key' }]) {
          const details = page.locator(`${chart} details[data-partner="${partner.code}"]`)
          const projects = details.locator('[data-project]')
          await expect(projects.first()).toBeHidden()
          await details.locator('summary').tap()
          await expect(projects.first()).toBeVisible()
          await expect(projects).toHaveCount(data.projectsOfPartner(partner.code).length)
          expect(await projects.evaluateAll(all => all.map(item => item.getAttribute('data-project')))).toEqual(data.projectsOfPartner(partner.code).map(project => project.id))
        }
        // The matrix, per priority: a partner's cell opens to that partner's projects of that priority.
        const priority = data.priorities[0]!
        const partner = data.partners.find(p => data.projectsOfPartner(p.code, priority.id).length > 0)!
        const cell = page.locator(`.reading-matrix .priority-${priority.id} details[data-partner="${partner.code}"]`)
        await cell.locator('summary').tap()
        expect(await cell.locator('[data-project]').evaluateAll(all => all.map(item => item.getAttribute('data-project')))).toEqual(data.projectsOfPartner(partner.code, priority.id).map(project => project.id))
      })

      for (const width of phoneWidths) {
        test(`${width} px wide: no text under 12 px (body text 16 px), no sideways scroll, targets of 44 × 44 px`, async ({ page }) => {
          await page.setViewportSize({ width, height: 800 })
          await page.goto(reading)
          await openEveryDetails(page)
          const report = await page.evaluate(() => {
            const sizes: { text: string, size: number, scaled: boolean, body: boolean }[] = []
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const element = node.parentElement!
              const text = node.textContent!.trim()
              if (text === '' || element.closest('[aria-hidden="true"]') || element.getClientRects().length === 0)
                continue
              // A CSS transform or an SVG's viewBox would scale text: there is none (checked below for SVG).
              let scaled = false
              for (let ancestor: Element | null = element; ancestor; ancestor = ancestor.parentElement)
                scaled ||= getComputedStyle(ancestor).transform !== 'none'
              sizes.push({ text: text.slice(0, 40), size: Number.parseFloat(getComputedStyle(element).fontSize), scaled, body: element.matches('p, li, dd, blockquote, blockquote *, li *, p *') && !element.matches('.planned-tag') })
            }
            const targets = [...document.querySelectorAll('a[href], button, summary, input, select, [tabindex]:not([tabindex="-1"])')]
              .map(element => ({ what: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`, box: element.getBoundingClientRect() }))
              .filter(({ box }) => box.width > 0 && box.height > 0)
              .filter(({ box }) => box.width < 44 || box.height < 44)
              .map(({ what, box }) => `${what}: ${Math.round(box.width)} × ${Math.round(box.height)}`)
            return {
              sizes,
              scrollWidth: document.documentElement.scrollWidth,
              viewport: document.documentElement.clientWidth,
              svgText: document.querySelectorAll('svg text').length,
              smallTargets: targets,
            }
          })
          expect(report.sizes.length).toBeGreaterThan(200)
          expect(report.sizes.filter(({ size }) => size < 12), 'text under 12 px').toEqual([])
          expect(report.sizes.filter(({ scaled }) => scaled), 'text under a CSS transform').toEqual([])
          expect(report.sizes.filter(({ size, body }) => body && size < 16), 'body text under 16 px').toEqual([])
          expect(report.svgText, 'words drawn in SVG, where scaling would shrink them').toBe(0)
          expect(report.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(report.viewport)
          expect(report.smallTargets, 'touch targets under 44 × 44 px').toEqual([])
        })
      }

      test(`headings in order, lang="${edition.locale}", and no WCAG 2.1 A/AA violation, details closed and open`, async ({ page }) => {
        await page.goto(reading)
        await expect(page.locator('html')).toHaveAttribute('lang', outline.lang)
        // axe reads colours from what is painted, and a slide far from the screen is not painted
        // until it comes near (content-visibility: auto): every slide is painted for the check, as
        // each is once scrolled to. Nothing may be left for axe to say it could not check.
        await layOutEverySlide(page)
        for (const state of ['closed', 'open']) {
          if (state === 'open')
            await openEveryDetails(page)
          const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll(all => all.map(h => Number(h.tagName[1])))
          expect(levels[0], 'the page starts with its h1').toBe(1)
          expect(levels.filter(level => level === 1)).toHaveLength(1)
          levels.forEach((level, i) => i > 0 && expect(level, `heading ${i + 1} after an h${levels[i - 1]}`).toBeLessThanOrEqual(levels[i - 1]! + 1))
          const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
          expect(results.incomplete.map(v => `${v.id}: ${v.nodes.length} nodes`), `details ${state}: checks axe could not complete`).toEqual([])
          expect(results.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join('; ')})`), `details ${state}`).toEqual([])
        }
      })

      test('the first screen is in the HTML: with scripts off, the page reads whole', async ({ browser }) => {
        const context = await browser.newContext({ ...phone, javaScriptEnabled: false })
        const page = await context.newPage()
        await page.goto(`${reading}#4`)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(shownTitle(slides[0]!.title))
        await expect(page.locator('main > section')).toHaveCount(slides.length)
        await expect(page.locator('section[id="4"]')).toBeInViewport()
        await context.close()
      })

      test('the switch goes to the slide being read, which then stays the slides; the deck\'s own switch comes back', async ({ page }) => {
        const no = 5
        await page.goto(`${reading}#${no}`)
        await expect(page.locator(`section[id="${no}"]`)).toBeInViewport()
        await tapInPlace(page, words.ui.reading.toSlides)
        await expect(page).toHaveURL(url => url.pathname === deckPath(edition, no) && url.search === '')
        await expect(page.locator(`.slidev-page-${no}`)).toBeVisible()
        // Chosen: the slides stay the slides in this tab, reloaded or opened again at another slide.
        await page.reload()
        await page.goto(deckPath(edition, 2))
        await expect(page.locator('.slidev-page-2')).toBeVisible()
        expect(new URL(page.url()).pathname).toBe(deckPath(edition, 2))
        await tapInPlace(page, words.ui.reading.toReading)
        await expect(page).toHaveURL(url => url.pathname === reading && url.hash === '#2')
        await expect(page.locator('section[id="2"]')).toBeInViewport()
        // And the choice is forgotten: the deck opens as the reading view again.
        await page.goto(deckPath(edition, 3))
        await expect(page).toHaveURL(url => url.pathname === reading && url.hash === '#3')
      })
    })

    for (const screen of [{ name: 'the projector', width: 1920, height: 1080 }, { name: 'a laptop', width: 1366, height: 768 }]) {
      test(`on ${screen.name} (${screen.width} × ${screen.height}), the deck stays the slides, with no switch`, async ({ page }) => {
        await page.setViewportSize({ width: screen.width, height: screen.height })
        for (const target of ['', 3]) {
          await page.goto(deckPath(edition, target))
          await expect(page.locator(`.slidev-page-${target || 1}`)).toBeVisible()
          // Slidev shows <base> as <base>1.
          expect(new URL(page.url()).pathname).toBe(deckPath(edition, target || 1))
          await expect(page.getByRole('link', { name: words.ui.reading.toReading })).toHaveCount(0)
        }
      })
    }
  })
}
