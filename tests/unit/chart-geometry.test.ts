/**
 * The charts' geometry, computed by their layouts (charts/) with d3 and no DOM, against what the
 * data says: which countries the map fills and how, the scales' domains and ranges, the matrix's
 * cells, the timeline's order and its line between achieved and planned, and that labels and marks
 * do not overlap. Every expectation is taken from the data, and checked on the deck's data and on the
 * larger growth fixture (tests/fixtures/growth-deck/). Checked on the English edition; the French
 * edition must give the very same geometry, with the French names. Their words are checked in
 * chart-text.test.ts.
 */
import type { DeckEdition } from '../../data/edition'
import type { DeckData } from '../../data/validate'
import { describe, expect, it } from 'vitest'
import { loadCountries } from '../../charts/atlas'
import { cooperationTimelineFrame, layoutCooperationTimeline, partialDateMidpoint } from '../../charts/cooperation-timeline'
import { labelBox } from '../../charts/label-placement'
import { projectPartnerMap } from '../../charts/map-projection'
import { layoutPartnerCategories, partnerCategoriesFrame } from '../../charts/partner-categories'
import { layoutPartnerMap, mapLabelSize, partnerMapFrame } from '../../charts/partner-map'
import { layoutPriorityMatrix, priorityMatrixFrame } from '../../charts/priority-matrix'
import { deck } from '../../data/deck'
import { editionOf } from '../../data/edition'
import { lookupsIn } from '../../data/lookups'
import { deck as growthDeck } from '../fixtures/growth-deck/deck'

function inside(p: { x: number, y: number }, frame: { width: number, height: number }) {
  return p.x >= 0 && p.x <= frame.width && p.y >= 0 && p.y <= frame.height
}

const countries = await loadCountries()

const dataSets: [string, DeckData][] = [['the deck\'s data', deck], ['the growth fixture', growthDeck]]

for (const [dataName, data] of dataSets) {
  const english = editionOf(data, 'en')
  const { partners, projects } = english
  const { projectsOfPartner } = lookupsIn(english)
  const shapeCodes = partners.filter(p => p.place.kind === 'shape').map(p => p.code)
  const pointCodes = partners.filter(p => p.place.kind === 'point').map(p => p.code)
  const ofCategory = (id: string) => partners.filter(p => p.category === id)

  describe(`with ${dataName}`, () => {
    describe('partner map', () => {
      const map = layoutPartnerMap(english, projectPartnerMap(english, countries), 'hatch')

      it('fills the partners large enough for the atlas, by category, and France as the hub', () => {
        const filled = map.countries.filter(c => c.role === 'partner')
        expect(shapeCodes.length).toBeGreaterThan(0)
        expect(filled.map(c => c.code).sort()).toEqual([...shapeCodes].sort())
        for (const country of filled)
          expect(country.category, country.code).toBe(partners.find(p => p.code === country.code)!.category)
        expect(map.countries.filter(c => c.role === 'hub').map(c => c.code)).toEqual(['FR'])
        expect(map.countries.every(c => c.d.startsWith('M'))).toBe(true)
        expect(map.countries.some(c => c.id === '010')).toBe(false) // Antarctica left out
      })

      it('places every partner, those too small for the atlas as points, with their project counts', () => {
        expect(map.partners.map(p => p.code)).toEqual(partners.map(p => p.code))
        expect(map.unplaced).toEqual([])
        expect(pointCodes.length).toBeGreaterThan(0)
        expect(map.partners.filter(p => p.isPoint).map(p => p.code)).toEqual(pointCodes)
        for (const partner of map.partners) {
          expect(partner.projects).toBe(projectsOfPartner(partner.code).length)
          expect(inside(partner.anchor, partnerMapFrame), partner.code).toBe(true)
          expect(inside(partner.label, partnerMapFrame), partner.code).toBe(true)
          expect(partner.link).toMatch(/^M/)
        }
      })

      it('groups the countries and partners by type, each type one step, the new entrants hatched', () => {
        expect(map.groups.map(g => [g.id, g.step, g.fill])).toEqual([['leading', false, 'var(--category-colour)'], ['new-entrant', 1, 'url(#hatch)']])
        for (const group of map.groups) {
          expect(group.partners.map(p => p.code)).toEqual(partners.filter(p => p.category === group.id).map(p => p.code))
          expect(group.countries.every(c => c.category === group.id && c.role === 'partner')).toBe(true)
        }
        expect(map.groups.flatMap(g => g.countries)).toHaveLength(shapeCodes.length)
        expect(map.land.length + map.hubCountries.length + shapeCodes.length).toBe(map.countries.length)
      })

      it('draws no shape until the atlas is given, but has its words and steps at once', () => {
        const loading = layoutPartnerMap(english, undefined, 'hatch')
        expect(loading.loaded).toBe(false)
        expect(map.loaded).toBe(true)
        expect([loading.countries, loading.partners, ...loading.groups.map(g => [...g.countries, ...g.partners])].every(list => list.length === 0)).toBe(true)
        expect(loading.hub).toBeUndefined()
        expect(loading.text).toEqual(map.text)
        expect(loading.groups.map(g => g.step)).toEqual(map.groups.map(g => g.step))
      })

      it('projects west to east and north to south: the US left of France, Japan right of China, Russia north of India', () => {
        const at = (code: string) => map.partners.find(p => p.code === code)!.anchor
        expect(at('US').x).toBeLessThan(map.hub!.x)
        expect(at('JP').x).toBeGreaterThan(at('CN').x)
        expect(at('RU').y).toBeLessThan(at('IN').y)
      })

      it('places the labels inside the map, clear of one another and of the legend', () => {
        const boxes = [
          { key: 'hub', ...map.hub!.label, text: map.hub!.name, marker: false },
          ...map.partners.map(p => ({ key: p.code, ...p.label, text: p.name, marker: true })),
        ].map(({ key, x, y, align, text, marker }) => {
          const { width, height } = mapLabelSize(text, marker)
          return { key, ...labelBox(x, y, align, width, height) }
        })
        const legend = map.legend.box
        for (const [i, a] of boxes.entries()) {
          expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= partnerMapFrame.width && a.y + a.height <= partnerMapFrame.height, `${a.key} inside`).toBe(true)
          expect(a.y + a.height <= legend.y || a.x >= legend.x + legend.width, `${a.key} clear of the legend`).toBe(true)
          for (const b of boxes.slice(i + 1)) {
            const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
            expect(apart, `${a.key} and ${b.key} overlap`).toBe(true)
          }
        }
      })
    })

    describe('partner categories', () => {
      const { panels, domain, range } = layoutPartnerCategories(english)

      it('shares one linear scale from zero to the most projects of any partner', () => {
        const most = Math.max(...partners.map(p => projectsOfPartner(p.code).length))
        expect(domain).toEqual([0, most])
        expect(range[0]).toBe(0)
        for (const bar of panels.flatMap(p => p.bars))
          expect(bar.barWidth).toBeCloseTo((bar.projects / most) * range[1], 6)
      })

      it('has one panel per category, side by side inside the frame', () => {
        expect(panels.map(p => [p.id, p.bars.map(b => b.code)])).toEqual(english.categories.map(c => [c.id, ofCategory(c.id).map(p => p.code)]))
        expect(panels[0]!.x).toBe(0)
        expect(panels[1]!.x + panels[1]!.width).toBeCloseTo(partnerCategoriesFrame.width, 6)
      })
    })

    describe('priority matrix', () => {
      const matrix = layoutPriorityMatrix(english)
      const cells = matrix.columns.flatMap(column => column.cells)

      it('has a cell for every partner and priority, holding exactly that pair\'s projects', () => {
        expect(cells).toHaveLength(partners.length * 3)
        for (const column of matrix.columns) {
          expect(column.cells.map(c => c.code), column.id).toEqual(matrix.rows.map(r => r.code))
          expect(column.projects, column.id).toBe(projects.filter(p => p.priority === column.id).length)
        }
        for (const cell of cells) {
          const expected = projects.filter(p => p.priority === cell.priority && p.partners.includes(cell.code)).map(p => p.id)
          expect(cell.projectIds).toEqual(expected)
          expect(cell.squares).toHaveLength(expected.length)
          expect(cell.key).toBe(`${cell.code}:${cell.priority}`)
        }
        expect(cells.reduce((n, c) => n + c.projectIds.length, 0)).toBe(projects.reduce((n, p) => n + p.partners.length, 0))
      })

      it('reveals climate with the slide, then one priority per click, and places each control over its cell', () => {
        expect(matrix.columns.map(c => c.step)).toEqual([false, 1, 2])
        const cell = matrix.columns[1]!.cells[2]!
        expect(cell.style).toEqual({
          left: `${(cell.x / priorityMatrixFrame.width) * 100}%`,
          top: `${(cell.y / priorityMatrixFrame.height) * 100}%`,
          width: `${(cell.width / priorityMatrixFrame.width) * 100}%`,
          height: `${(cell.height / priorityMatrixFrame.height) * 100}%`,
        })
      })

      it('bands columns after the labels and rows below the header, leading players first', () => {
        expect(matrix.columns.map(c => c.id)).toEqual(['climate', 'exploration', 'innovation'])
        expect(matrix.columns[0]!.x).toBe(priorityMatrixFrame.labelWidth)
        expect(matrix.columns[2]!.x + matrix.columns[2]!.width).toBeCloseTo(priorityMatrixFrame.width, 6)
        expect(matrix.rows[0]!.y).toBe(priorityMatrixFrame.headerHeight)
        expect(matrix.rows.map(r => r.category)).toEqual(english.categories.flatMap(c => ofCategory(c.id).map(p => p.category)))
        const last = matrix.rows.at(-1)!
        expect(last.y + last.height).toBeCloseTo(priorityMatrixFrame.height, 6)
      })
    })

    describe('cooperation timeline', () => {
      const timeline = layoutCooperationTimeline(english)

      it('draws every agreement, launch and landing once per partner, in date order', () => {
        const expected = projects.flatMap(p => p.milestones.filter(m => m.kind !== 'milestone').map(() => p.partners.length)).reduce((a, b) => a + b, 0)
        expect(timeline.marks).toHaveLength(expected)
        const times = timeline.marks.map(m => partialDateMidpoint(m.date).getTime())
        expect(times).toEqual([...times].sort((a, b) => a - b))
        const first = projects.flatMap(p => p.milestones.filter(m => m.kind !== 'milestone').map(m => m.date)).sort()[0]
        expect(timeline.marks[0]!.date).toBe(first)
      })

      it('keeps achieved marks at or before 13 May 2019 and planned ones after it', () => {
        for (const mark of timeline.marks) {
          if (mark.planned)
            expect(mark.x, mark.key).toBeGreaterThan(timeline.asOf.x)
          else
            expect(mark.x, mark.key).toBeLessThanOrEqual(timeline.asOf.x)
        }
        const plans = projects.flatMap(p => p.milestones.filter(m => m.planned && m.kind !== 'milestone').flatMap(() => p.partners.map(code => `${p.id}:${code}`)))
        expect(timeline.marks.filter(m => m.planned).map(m => `${m.projectId}:${m.code}`).sort()).toEqual(plans.sort())
      })

      it('shows the achieved events with the slide and the plans on the first click', () => {
        expect(timeline.groups.map(g => [g.name, g.step, g.marks.length])).toEqual([
          ['achieved', false, timeline.marks.filter(m => !m.planned).length],
          ['planned', 1, timeline.marks.filter(m => m.planned).length],
        ])
        expect(timeline.planned.step).toBe(1)
      })

      it('maps the first year, 2010, 13 May 2019 and the end year onto a piecewise scale', () => {
        const firstYear = projects.flatMap(p => p.milestones.map(m => m.date.slice(0, 4))).sort()[0]
        expect(timeline.domain.map(d => d.toISOString().slice(0, 10))).toEqual([`${firstYear}-01-01`, '2010-01-01', english.event.asOf, `${cooperationTimelineFrame.endYear}-01-01`])
        expect(timeline.range[0]).toBeGreaterThan(cooperationTimelineFrame.labelWidth)
        expect(timeline.range.at(-1)).toBeLessThan(cooperationTimelineFrame.width)
        expect(timeline.asOf.x).toBe(timeline.range[2])
        expect(timeline.ticks.map(t => t.x)).toEqual([...timeline.ticks.map(t => t.x)].sort((a, b) => a - b))
      })

      it('stacks marks that would overlap in a lane, keeps each mark in its lane, and no two marks touch', () => {
        const size = timeline.markerSize
        for (const lane of timeline.lanes) {
          const marks = timeline.marks.filter(m => m.code === lane.code)
          for (const m of marks) {
            expect(m.y - size / 2, m.key).toBeGreaterThanOrEqual(lane.y - 0.001)
            expect(m.y + size / 2, m.key).toBeLessThanOrEqual(lane.y + lane.height + 0.001)
          }
        }
        for (const [i, a] of timeline.marks.entries()) {
          for (const b of timeline.marks.slice(i + 1))
            expect(Math.abs(a.x - b.x) >= size || Math.abs(a.y - b.y) >= size, `${a.key} and ${b.key} overlap`).toBe(true)
        }
      })
    })
  })
}

it('a partial date stands for the middle of its period', () => {
  expect(partialDateMidpoint('2021').toISOString()).toBe('2021-07-01T00:00:00.000Z')
  expect(partialDateMidpoint('2014-07').toISOString()).toBe('2014-07-15T00:00:00.000Z')
  expect(partialDateMidpoint('2018-10-03').toISOString()).toBe('2018-10-03T00:00:00.000Z')
})

const english = editionOf(deck, 'en')
const french = editionOf(deck, 'fr')

describe('a partner the map cannot draw as it should', () => {
  const singapore = english.partners.find(p => p.place.kind === 'point')!
  const withPlace = (code: string, place: DeckEdition['partners'][number]['place']): DeckEdition => ({
    ...english,
    partners: english.partners.map(p => (p.code === code ? { ...p, place } : p)),
  })
  const [first] = english.partners as [DeckEdition['partners'][number]]
  const mapOf = (edition: DeckEdition, atlas = countries) => layoutPartnerMap(edition, projectPartnerMap(edition, atlas), 'hatch')

  it('draws a country the atlas has no shape for as a point, from its coordinates', () => {
    const map = mapOf(withPlace(first.code, { kind: 'shape', id: '999', lon: singapore.place.lon, lat: singapore.place.lat }))
    const drawn = map.partners.find(p => p.code === first.code)!
    expect(drawn.isPoint).toBe(true)
    expect(drawn.anchor).toEqual(map.partners.find(p => p.code === singapore.code)!.anchor)
  })

  it('lists a partner it cannot project beside the map, and still draws the others', () => {
    const map = mapOf(withPlace(first.code, { kind: 'point', lon: Number.NaN, lat: Number.NaN }))
    expect(map.unplaced.map(p => p.code)).toEqual([first.code])
    expect(map.unplaced[0]!.controlLabel).toContain(first.name)
    expect(map.partners.map(p => p.code)).toEqual(english.partners.slice(1).map(p => p.code))
    expect(map.loaded).toBe(true)
    expect(map.text.table.rows).toHaveLength(english.partners.length)
  })

  it('draws every partner as a point on the globe when the atlas has no shapes', () => {
    const map = mapOf(english, [])
    expect(map.partners.map(p => p.isPoint)).toEqual(english.partners.map(() => true))
    expect(map.unplaced).toEqual([])
  })

  it('draws every partner as a point, where the atlas puts it, when the outlines did not load', () => {
    const placed = projectPartnerMap(english, countries)
    const map = layoutPartnerMap(english, { ...placed, outlines: [] }, 'hatch')
    expect(map.loaded).toBe(true)
    expect(map.countries).toEqual([])
    expect(map.partners.map(p => p.isPoint)).toEqual(english.partners.map(() => true))
    expect(map.partners.map(p => p.anchor)).toEqual(placed.partners.map(p => p.anchor))
  })
})

describe('the French edition', () => {
  /** Strings that are geometry or identity, not words: kept when the geometry is compared. */
  const notWords = new Set(['id', 'code', 'category', 'priority', 'role', 'd', 'link', 'align', 'marker', 'fill', 'key', 'projectId', 'date', 'kind', 'agreement', 'launch', 'landing', 'left', 'top', 'width', 'height'])
  /** The layout with its words (names, labels, the chart's text) and its functions left out: what must not depend on the language. */
  function shapes(value: unknown): unknown {
    if (Array.isArray(value))
      return value.map(shapes)
    if (value instanceof Date || typeof value !== 'object' || value === null)
      return value
    return Object.fromEntries(Object.entries(value)
      .filter(([key, item]) => key !== 'text' && key !== 'keys' && typeof item !== 'function' && (typeof item !== 'string' || notWords.has(key)))
      .map(([key, item]) => [key, shapes(item)]))
  }
  const frenchName = (code: string) => french.partners.find(p => p.code === code)!

  it('draws the same map, with the partners\' French names', () => {
    // Labels are placed to fit their text, so they move with the language; nothing else does
    const withoutLabels = (map: ReturnType<typeof layoutPartnerMap>) => ({ ...map, hub: { ...map.hub, label: undefined, labelStyle: undefined }, partners: map.partners.map(p => ({ ...p, label: undefined, labelStyle: undefined, leader: undefined })), groups: map.groups.map(g => ({ ...g, partners: [] })), legend: { ...map.legend, box: undefined } })
    const [en, fr] = [layoutPartnerMap(english, projectPartnerMap(english, countries), 'hatch'), layoutPartnerMap(french, projectPartnerMap(french, countries), 'hatch')]
    expect(shapes(withoutLabels(fr))).toEqual(shapes(withoutLabels(en)))
    expect(fr.partners.map(p => p.name)).toEqual(fr.partners.map(p => frenchName(p.code).shortName ?? frenchName(p.code).name))
    expect(fr.partners.find(p => p.code === 'US')!.name).not.toBe(en.partners.find(p => p.code === 'US')!.name)
  })

  it('draws the same bars, with French partner and category names', () => {
    const [en, fr] = [layoutPartnerCategories(english), layoutPartnerCategories(french)]
    expect(shapes(fr)).toEqual(shapes(en))
    expect(fr.panels.map(p => p.name)).toEqual(french.categories.map(c => c.name))
    expect(fr.panels.flatMap(p => p.bars.map(b => b.name))).toEqual(fr.panels.flatMap(p => p.bars.map(b => frenchName(b.code).name)))
  })

  it('draws the same matrix, with French priority and partner names', () => {
    const [en, fr] = [layoutPriorityMatrix(english), layoutPriorityMatrix(french)]
    expect(shapes(fr)).toEqual(shapes(en))
    expect(fr.columns.map(c => c.name)).toEqual(french.priorities.map(p => p.name))
    expect(fr.rows.map(r => r.name)).toEqual(fr.rows.map(r => frenchName(r.code).name))
  })

  it('draws the same timeline, with French lanes, project names and labels', () => {
    const [en, fr] = [layoutCooperationTimeline(english), layoutCooperationTimeline(french)]
    expect(shapes(fr)).toEqual(shapes(en))
    expect(fr.lanes.map(l => l.name)).toEqual(fr.lanes.map(l => frenchName(l.code).shortName ?? frenchName(l.code).name))
    for (const mark of fr.marks) {
      const project = french.projects.find(p => p.id === mark.projectId)!
      expect(mark.projectName, mark.key).toBe(project.shortName)
      expect(project.milestones.map(m => m.label), mark.key).toContain(mark.label)
    }
  })
})
