/**
 * The charts on each edition of the built deck: each chart's marks match data/ (the edition's own
 * records and words), their click steps reveal them, and the drill-down works with the mouse and
 * the keyboard without trapping slide navigation.
 */
import type { Page } from '@playwright/test'
import { geoPath } from 'd3-geo'
import { loadCountries } from '../../charts/atlas'
import { fittedProjection } from '../../charts/map-projection'
import { deckPath, escapeRegExp, loadTestedEditions } from '../support/editions'
import { tapKey } from '../support/tap-key'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

// The editions are independent of each other: each runs its tests in order, and with two test
// workers the two editions run side by side.
test.describe.configure({ mode: 'parallel' })

const slide = (page: Page, no: number) => page.locator(`.slidev-page-${no}`)

for (const { edition, data, words: { ui }, slideWith } of testedEditions) {
  const { categories, partners, priorities, projects, projectsOfPartner, partnerByCode, priorityOf } = data
  const mapSlide = slideWith('PartnerMap').no
  const matrixSlide = slideWith('PriorityMatrix').no
  const at = (no: number, clicks = 0) => `${deckPath(edition, no)}${clicks ? `?clicks=${clicks}` : ''}`
  // A new entrant the map draws as a country: shown on the click, opened by its shape or its label
  const newEntrant = partners.find(p => p.category === 'new-entrant' && p.place.kind === 'shape')!.code

  test.describe(edition.locale, () => {
    test.describe.configure({ mode: 'default' })

    test('the map fills each partner in its category, draws those too small for it as points and labels them all', async ({ page }) => {
      await page.goto(at(mapSlide, 1))
      const chart = slide(page, mapSlide).locator('.partner-map')
      await expect(chart.locator('svg[role="img"]')).toBeVisible()
      // The boundaries load once the slide is near; the figure is busy until they have.
      await expect(chart).toHaveAttribute('aria-busy', 'false')
      for (const category of categories) {
        const expected = partners.filter(p => p.category === category.id).map(p => p.code)
        const drawn = await chart.locator(`[data-category="${category.id}"] [data-partner]`).evaluateAll(els => els.map(el => el.getAttribute('data-partner')))
        expect(drawn.sort()).toEqual([...expected].sort())
      }
      const points = await chart.locator('.point[data-partner]').evaluateAll(els => els.map(el => el.getAttribute('data-partner')))
      expect(points).toEqual(partners.filter(p => p.place.kind === 'point').map(p => p.code))
      await expect(chart.locator('.hub-country')).not.toHaveCount(0)
      const labels = chart.locator('.map-label[data-partner]')
      await expect(labels).toHaveCount(partners.length)
      for (const partner of partners) {
        const name = partner.shortName ? `${partner.shortName} (${partner.name})` : partner.name
        await expect(chart.locator(`.map-label[data-partner="${partner.code}"]`))
          .toHaveAccessibleName(new RegExp(`^${escapeRegExp(name)}, .*: ${escapeRegExp(ui.cooperationProjects(projectsOfPartner(partner.code).length))}$`))
      }
    })

    test('the map draws each partner\'s outline and the whole land where d3-geo projects the atlas, to a pixel', async ({ page }) => {
      // The build projects the outlines to whole pixels (charts/map-projection.ts): Chromium's own
      // reading of their path data must land within a pixel of d3-geo's unrounded bounds.
      const countries = await loadCountries()
      const bounds = geoPath(fittedProjection(countries)).bounds
      const expected = (code: string) => {
        const { place } = partners.find(p => p.code === code)!
        return bounds(countries.find(c => place.kind === 'shape' && String(c.id) === place.id)!).flat()
      }
      await page.goto(at(mapSlide, 1))
      const chart = slide(page, mapSlide).locator('.partner-map')
      await expect(chart).toHaveAttribute('aria-busy', 'false')
      const boxOf = (paths: Element[]) => {
        const boxes = paths.map(path => (path as SVGPathElement).getBBox())
        return [Math.min(...boxes.map(b => b.x)), Math.min(...boxes.map(b => b.y)), Math.max(...boxes.map(b => b.x + b.width)), Math.max(...boxes.map(b => b.y + b.height))]
      }
      const drawn = await chart.locator('path.partner-country').evaluateAll(paths => paths.map(path => [path.getAttribute('data-partner')!, (path as SVGPathElement).getBBox()] as const)
        .map(([code, b]) => ({ code, box: [b.x, b.y, b.x + b.width, b.y + b.height] })))
      expect(drawn.map(d => d.code).sort()).toEqual(partners.filter(p => p.place.kind === 'shape').map(p => p.code).sort())
      for (const { code, box } of drawn) {
        box.forEach((edge, i) => expect(Math.abs(edge - expected(code)[i]!), `${code}'s outline, edge ${i}`).toBeLessThanOrEqual(1))
      }
      const land = await chart.locator('path.partner-country, .land path, path.hub-country').evaluateAll(boxOf)
      const world = bounds({ type: 'FeatureCollection', features: [...countries] }).flat()
      land.forEach((edge, i) => expect(Math.abs(edge - world[i]!), `the land's edge ${i}`).toBeLessThanOrEqual(1))
    })

    test('the map shows leading players first and new entrants on the click, controls included', async ({ page }) => {
      await page.goto(at(mapSlide))
      const newEntrants = slide(page, mapSlide).locator('[data-category="new-entrant"]')
      await expect(newEntrants).toHaveCSS('opacity', '0')
      await expect(slide(page, mapSlide).locator(`.map-label[data-partner="${newEntrant}"]`)).toBeHidden()
      await tapKey(page, 'ArrowRight')
      await expect(newEntrants).toHaveCSS('opacity', '1')
      await expect(slide(page, mapSlide).locator(`.map-label[data-partner="${newEntrant}"]`)).toBeVisible()
    })

    test('with reduced motion, a chart\'s click steps appear at once', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(at(matrixSlide))
      const step = slide(page, matrixSlide).locator('[data-priority="exploration"] .column-cells')
      await expect(step).toHaveCSS('transition-duration', '0s')
      await page.emulateMedia({ reducedMotion: 'no-preference' })
      await expect(step).not.toHaveCSS('transition-duration', '0s')
    })

    test('the partner chart draws one bar per partner, in its category, on one scale', async ({ page }) => {
      const no = slideWith('PartnerCategoriesChart').no
      await page.goto(at(no))
      const chart = slide(page, no).locator('.partner-categories svg[role="img"]')
      await expect(chart).toBeVisible()
      await expect(chart.locator('.partner-bar')).toHaveCount(partners.length)
      for (const category of categories) {
        const expected = partners.filter(p => p.category === category.id)
        const bars = chart.locator(`[data-category="${category.id}"] .partner-bar`)
        expect(await bars.evaluateAll(els => els.map(el => el.getAttribute('data-partner')))).toEqual(expected.map(p => p.code))
      }
      const unit: number[] = []
      for (const partner of partners) {
        const bar = chart.locator(`.partner-bar[data-partner="${partner.code}"]`)
        const count = projectsOfPartner(partner.code).length
        await expect(bar).toHaveAttribute('data-projects', String(count))
        unit.push(Number(await bar.getAttribute('width')) / count)
      }
      expect(Math.max(...unit) - Math.min(...unit)).toBeLessThan(0.01)
    })

    test('the matrix has one square per project in each partner × priority cell', async ({ page }) => {
      await page.goto(at(matrixSlide, 2))
      const chart = slide(page, matrixSlide).locator('.priority-matrix svg[role="img"]')
      await expect(chart).toBeVisible()
      for (const priority of priorities) {
        for (const partner of partners) {
          const expected = projects.filter(p => p.priority === priority.id && p.partners.includes(partner.code)).length
          const cell = chart.locator(`[data-priority="${priority.id}"] .matrix-cell[data-partner="${partner.code}"]`)
          await expect(cell, `${partner.code} × ${priority.id}`).toHaveAttribute('data-projects', String(expected))
          await expect(cell.locator('.project-square')).toHaveCount(expected)
        }
      }
    })

    test('the matrix reveals one priority per click', async ({ page }) => {
      await page.goto(at(matrixSlide))
      const cells = (id: string) => slide(page, matrixSlide).locator(`[data-priority="${id}"] .column-cells`)
      await expect(cells('climate')).toHaveCSS('opacity', '1')
      await expect(cells('exploration')).toHaveCSS('opacity', '0')
      await tapKey(page, 'ArrowRight')
      await expect(cells('exploration')).toHaveCSS('opacity', '1')
      await expect(cells('innovation')).toHaveCSS('opacity', '0')
      await tapKey(page, 'ArrowRight')
      await expect(cells('innovation')).toHaveCSS('opacity', '1')
    })

    test('the timeline draws every agreement, launch and landing, planned ones hollow after 13 May 2019', async ({ page }) => {
      const no = slideWith('CooperationTimeline').no
      await page.goto(at(no, 1))
      const chart = slide(page, no).locator('.cooperation-timeline svg[role="img"]')
      await expect(chart).toBeVisible()
      const events = projects.flatMap(p => p.milestones.filter(m => m.kind !== 'milestone').flatMap(m => p.partners.map(() => m)))
      await expect(chart.locator('.achieved .mark')).toHaveCount(events.filter(m => !m.planned).length)
      await expect(chart.locator('.planned .planned-mark')).toHaveCount(events.filter(m => m.planned).length)
      const asOfX = Number(await chart.locator('line.as-of').getAttribute('x1'))
      const xOf = (transform: string | null) => Number(/translate\(([\d.]+)/.exec(transform ?? '')?.[1])
      const achievedX = await chart.locator('.achieved .mark').evaluateAll(els => els.map(el => el.getAttribute('transform')))
      const plannedX = await chart.locator('.planned-mark').evaluateAll(els => els.map(el => el.getAttribute('transform')))
      expect(Math.max(...achievedX.map(xOf))).toBeLessThanOrEqual(asOfX)
      expect(Math.min(...plannedX.map(xOf))).toBeGreaterThan(asOfX)
      await page.goto(at(no))
      await expect(slide(page, no).locator('g.planned')).toHaveCSS('opacity', '0')
    })

    test.describe('drill-down', () => {
      const newEntrantName = partnerByCode(newEntrant).name

      test('clicking a country lists its projects with dates, status and a source link; Escape closes', async ({ page }) => {
        await page.goto(at(mapSlide, 1))
        const map = slide(page, mapSlide)
        await map.locator(`.map-label[data-partner="${newEntrant}"]`).click()
        const details = map.getByRole('region', { name: newEntrantName })
        await expect(details).toBeVisible()
        const expected = projectsOfPartner(newEntrant)
        expect(await details.locator('[data-project]').evaluateAll(els => els.map(el => el.getAttribute('data-project')))).toEqual(expected.map(p => p.id))
        await expect(details.locator('time').first()).toHaveAttribute('datetime', expected[0]!.milestones[0]!.date)
        await expect(details.getByRole('link').first()).toHaveAttribute('href', expected[0]!.sources[0]!)
        await expect(details).toContainText(ui.status[expected[0]!.status])
        await page.keyboard.press('Escape')
        await expect(details).toBeHidden()
        await expect(map.locator(`.map-label[data-partner="${newEntrant}"]`)).toBeFocused()
        // The arrow keys still move between slides.
        await tapKey(page, 'ArrowRight')
        await expect(page).toHaveURL(new RegExp(`/${mapSlide + 1}(\\?|$)`))
      })

      test('clicking the shape of a country opens it too', async ({ page }) => {
        await page.goto(at(mapSlide, 1))
        const map = slide(page, mapSlide)
        // The largest new entrant's shape whose middle is not under its label: where a mouse finds it
        const shapes = map.locator('[data-category="new-entrant"] .partner-country')
        await expect(shapes).not.toHaveCount(0)
        const areas = await shapes.evaluateAll(els => els.map((el) => {
          const { left, top, width, height } = el.getBoundingClientRect()
          return { code: el.getAttribute('data-partner')!, area: width * height, clear: document.elementFromPoint(left + width / 2, top + height / 2) === el }
        }))
        const largest = areas.filter(shape => shape.clear).reduce((a, b) => (b.area > a.area ? b : a)).code
        const name = partnerByCode(largest).name
        await map.locator(`.partner-country[data-partner="${largest}"]`).click({ timeout: 5000 })
        await expect(map.getByRole('region', { name })).toBeVisible()
        await map.getByRole('button', { name: ui.closeDetails }).click()
        await expect(map.getByRole('region', { name })).toBeHidden()
      })

      test('the keyboard reaches a matrix cell, Enter opens it, Space does not turn the slide, Escape closes', async ({ page }) => {
        const unitedStates = partnerByCode('US').name
        const climate = priorityOf('climate').name
        const count = projects.filter(p => p.priority === 'climate' && p.partners.includes('US')).length
        await page.goto(at(matrixSlide, 2))
        const matrix = slide(page, matrixSlide)
        const first = matrix.locator('.cell-control').first()
        for (let i = 0; i < 10 && !(await first.evaluate(el => el === document.activeElement)); i++)
          await page.keyboard.press('Tab')
        await expect(first).toBeFocused()
        await expect(first).toHaveAccessibleName(new RegExp(`^${escapeRegExp(`${unitedStates}, ${ui.labelled(climate.toLowerCase(), ui.projects(count))}, `)}`))
        await page.keyboard.press('Enter')
        const details = matrix.getByRole('region', { name: `${unitedStates} · ${climate}` })
        await expect(details).toBeVisible()
        await expect(details.locator('[data-project]')).toHaveCount(count)
        await page.keyboard.press('Escape')
        await expect(details).toBeHidden()
        await expect(first).toBeFocused()
        await page.keyboard.press('Space')
        await expect(details).toBeVisible()
        await expect(page).toHaveURL(new RegExp(`/${matrixSlide}(\\?|$)`))
        await page.keyboard.press('Escape')
      })

      test('the data table shows on demand, with the chart\'s numbers', async ({ page }) => {
        await page.goto(at(matrixSlide, 2))
        const matrix = slide(page, matrixSlide)
        const table = matrix.locator('table.chart-data-table')
        await expect(table).toHaveClass(/sr-only/)
        await matrix.getByRole('button', { name: ui.dataTable, pressed: false }).click()
        await expect(table).not.toHaveClass(/sr-only/)
        await expect(table.locator('tbody tr')).toHaveCount(partners.length)
        const [last] = partners.slice(-1)
        await expect(table.getByRole('row', { name: new RegExp(`^${escapeRegExp(last!.name)}`) })).toContainText(projectsOfPartner(last!.code)[0]!.shortName)
      })
    })
  })
}
