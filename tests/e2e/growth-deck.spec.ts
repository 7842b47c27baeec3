/**
 * The deck built from a larger data set (tests/fixtures/growth-deck/: more partners than the real
 * data, a small island state drawn as a point, a project shared by four partners), in both
 * editions: each chart's marks match that data, its labels and marks do not overlap, nothing runs
 * off the slide, and the map does not stay busy. What next year's deck meets when partners are added.
 */
import type { Locator, Page } from '@playwright/test'
import type { RunningServer } from '../support/start-static-server'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deck as growthDeck } from '../fixtures/growth-deck/deck'
import { deckPath, loadTestedEditions } from '../support/editions'
import { growthDeckPort as port } from '../support/ports'
import { startStaticServer } from '../support/start-static-server'
import { basePath, buildDir, ensureTestBuilds, growthDeckBuild } from '../support/test-builds'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions(growthDeck)
const base = basePath(growthDeckBuild)
let server: RunningServer | undefined
let builtDir = ''

test.use({ baseURL: `http://127.0.0.1:${port}` })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  const [dir] = await ensureTestBuilds(growthDeckBuild)
  builtDir = dir ?? buildDir(growthDeckBuild)
  server = await startStaticServer({ dir: builtDir, port, base, fallback: true })
})

test.afterAll(async () => {
  await server?.stop()
})

interface Rect { name: string, left: number, top: number, right: number, bottom: number }

/** Each element's box, named by `attribute` (or its text where it has none). */
async function rectsOf(locator: Locator, attribute = 'data-partner'): Promise<Rect[]> {
  return locator.evaluateAll((els, attribute) => els.map((el) => {
    const { left, top, right, bottom } = el.getBoundingClientRect()
    return { name: el.getAttribute(attribute) ?? el.textContent?.trim() ?? el.tagName, left, top, right, bottom }
  }), attribute)
}

/** Pairs of boxes that overlap by more than `tolerance` px each way. */
function overlapping(rects: readonly Rect[], others: readonly Rect[] = [], tolerance = 0.5): string[] {
  const overlap = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance
  return [
    ...rects.flatMap((a, i) => rects.slice(i + 1).filter(b => overlap(a, b)).map(b => `${a.name} / ${b.name}`)),
    ...rects.flatMap(a => others.filter(b => overlap(a, b)).map(b => `${a.name} / ${b.name}`)),
  ]
}

/** Nothing on the slide runs past its right edge. */
async function expectNoHorizontalOverflow(page: Page, no: number): Promise<void> {
  const slide = page.locator(`.slidev-page-${no}`)
  const edge = (await slide.boundingBox())!
  const overflowing = await slide.locator('svg text, .map-label, p, h1, figcaption').evaluateAll((els, right) => els
    .filter(el => el.closest('.chart-table') === null)
    .filter(el => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > right + 0.5)
    .map(el => el.textContent?.trim() ?? el.tagName), edge.x + edge.width)
  expect(overflowing, `past the right edge of slide ${no}`).toEqual([])
}

test('the browser gets each partner\'s place, not the country list it was found in', () => {
  // "cca3" is a key of every world-countries record; the edition carries only { kind, id, lon, lat }
  const scripts = readdirSync(builtDir, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(0)
  // Keys as written in a module, or in the JSON string the edition is parsed from
  const key = (name: string) => new RegExp(`\\\\?"${name}\\\\?"`)
  const holding = (name: string) => scripts.filter(file => key(name).test(readFileSync(join(builtDir, file), 'utf8')))
  expect(holding('cca3')).toEqual([])
  expect(holding('place').length).toBeGreaterThan(0)
})

for (const { edition, data, slideWith } of testedEditions) {
  const { partners, categories, projects, priorities } = data
  const at = (no: number, clicks = 0) => `${deckPath(edition, no, base)}${clicks ? `?clicks=${clicks}` : ''}`

  test.describe(edition.locale, () => {
    test('the fixture is larger than the deck: an island state as a point, a project of four partners', () => {
      expect(partners.some(p => p.place.kind === 'point' && p.code !== 'SG')).toBe(true)
      expect(projects.some(p => p.partners.length >= 4)).toBe(true)
    })

    test('the map places every partner, points included, and its labels overlap nothing', async ({ page }) => {
      const no = slideWith('PartnerMap').no
      await page.goto(at(no, 1))
      const chart = page.locator(`.slidev-page-${no} .partner-map`)
      await expect(chart).toHaveAttribute('aria-busy', 'false')
      for (const category of categories) {
        const shapes = partners.filter(p => p.category === category.id && p.place.kind === 'shape').map(p => p.code)
        const drawn = await chart.locator(`[data-category="${category.id}"] .partner-country`).evaluateAll(els => els.map(el => el.getAttribute('data-partner')))
        expect(drawn.sort()).toEqual([...shapes].sort())
      }
      const points = await chart.locator('.point[data-partner]').evaluateAll(els => els.map(el => el.getAttribute('data-partner')))
      expect(points).toEqual(partners.filter(p => p.place.kind === 'point').map(p => p.code))
      await expect(chart.locator('.map-label[data-partner]')).toHaveCount(partners.length)
      await expect(chart.locator('.unplaced')).toHaveCount(0)
      const labels = await rectsOf(chart.locator('.map-label'))
      const legend = await rectsOf(chart.locator('g.legend'))
      expect(overlapping(labels, legend)).toEqual([])
      const canvas = (await chart.locator('.chart-canvas').boundingBox())!
      for (const label of labels)
        expect(label.left >= canvas.x - 0.5 && label.right <= canvas.x + canvas.width + 0.5 && label.top >= canvas.y - 0.5, `${label.name} inside the map`).toBe(true)
      await expectNoHorizontalOverflow(page, no)
    })

    test('the bars: one per partner, names clear of one another, nothing past the edge', async ({ page }) => {
      const no = slideWith('PartnerCategoriesChart').no
      await page.goto(at(no))
      const chart = page.locator(`.slidev-page-${no} .partner-categories`)
      await expect(chart.locator('.partner-bar')).toHaveCount(partners.length)
      expect(overlapping(await rectsOf(chart.locator('svg text')))).toEqual([])
      await expectNoHorizontalOverflow(page, no)
    })

    test('the matrix: a row per partner, a square per project and partner, rows clear of one another', async ({ page }) => {
      const no = slideWith('PriorityMatrix').no
      await page.goto(at(no, priorities.length - 1))
      const chart = page.locator(`.slidev-page-${no} .priority-matrix`)
      await expect(chart.locator('.matrix-row')).toHaveCount(partners.length)
      await expect(chart.locator('.project-square')).toHaveCount(projects.reduce((n, p) => n + p.partners.length, 0))
      expect(overlapping(await rectsOf(chart.locator('.row-name')))).toEqual([])
      await expectNoHorizontalOverflow(page, no)
    })

    test('the timeline: every event once per partner, no two marks and no two lane names touching', async ({ page }) => {
      const no = slideWith('CooperationTimeline').no
      await page.goto(at(no, 1))
      const chart = page.locator(`.slidev-page-${no} .cooperation-timeline`)
      const events = projects.flatMap(p => p.milestones.filter(m => m.kind !== 'milestone').flatMap(() => p.partners))
      await expect(chart.locator('.mark')).toHaveCount(events.length)
      await expect(chart.locator('.lane-name')).toHaveCount(partners.length)
      expect(overlapping(await rectsOf(chart.locator('.mark'), 'transform'))).toEqual([])
      expect(overlapping(await rectsOf(chart.locator('.lane-name')))).toEqual([])
      await expectNoHorizontalOverflow(page, no)
    })
  })
}
