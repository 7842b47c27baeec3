/**
 * The charts' words, from their layouts (charts/), against the data: each chart's title, its
 * summary (the SVG's description), its data table, its controls' accessible names and its
 * drill-down, in each edition's language. The numbers are counted here from the records, not read
 * back from the layouts; a few sentences with the real data's numbers are written out in full, as a
 * reader hears them, in real-data-figures.test.ts.
 */
import type { DeckEdition } from '../../data/edition'
import type { Milestone } from '../../data/schema'
import type { TimelineKind } from '../../i18n/messages'
import { describe, expect, it } from 'vitest'
import { loadCountries } from '../../charts/atlas'
import { layoutCooperationTimeline } from '../../charts/cooperation-timeline'
import { projectPartnerMap } from '../../charts/map-projection'
import { layoutPartnerCategories } from '../../charts/partner-categories'
import { layoutPartnerMap } from '../../charts/partner-map'
import { layoutPriorityMatrix } from '../../charts/priority-matrix'
import { deck } from '../../data/deck'
import { editionOf } from '../../data/edition'
import { wordsIn } from '../../i18n/messages'

const countries = await loadCountries()
const editions = [editionOf(deck, 'en'), editionOf(deck, 'fr')]

/** Counted from the records themselves. */
function countsIn({ projects }: DeckEdition) {
  return {
    ofPartner: (code: string) => projects.filter(p => p.partners.includes(code)).length,
    ofPair: (code: string, priority: string) => projects.filter(p => p.partners.includes(code) && p.priority === priority),
    /** Every agreement, launch or landing, once per partner of its project. */
    events: projects.flatMap(p => p.milestones
      .filter((m): m is Milestone & { kind: TimelineKind } => m.kind !== 'milestone')
      .flatMap(m => p.partners.map(code => ({ ...m, code, project: p })))),
    /** Every agreement, launch or landing once, however many partners share its project. */
    eventsOnce: projects.flatMap(p => p.milestones.filter(m => m.kind !== 'milestone')),
  }
}

for (const edition of editions) {
  const { locale, categories, partners, priorities, event } = edition
  const { format, ui } = wordsIn(locale)
  const count = countsIn(edition)
  const categoryName = (id: string) => categories.find(c => c.id === id)!.name
  const partnerName = (code: string) => partners.find(p => p.code === code)!.name

  describe(`${locale}: the partner map`, () => {
    const map = layoutPartnerMap(edition, projectPartnerMap(edition, countries), 'hatch')

    it('is named and described, and tabulates every partner with its type and its projects', () => {
      expect(map.text.title).toBe(ui.map.title)
      expect(map.text.hint).toBe(ui.map.hint)
      expect(map.text.table.caption).toBe(ui.map.tableCaption)
      expect(map.text.table.columns).toEqual([ui.columns.country, ui.columns.partnerType, ui.columns.cooperationProjects])
      expect(map.text.table.rows).toEqual(partners.map(p => [p.name, categoryName(p.category), String(count.ofPartner(p.code))]))
      expect(map.text.summary.startsWith(`${ui.map.summaryIntro} `)).toBe(true)
      for (const category of categories) {
        const listed = partners.filter(p => p.category === category.id).map(p => `${p.name} (${ui.cooperationProjects(count.ofPartner(p.code))})`)
        expect(map.text.summary).toContain(`${ui.labelled(category.name, listed.join(', '))}.`)
      }
      expect(map.caption).toBe(ui.map.caption(format.date(event.asOf)))
    })

    it('names each partner\'s control by its label, its full name, its type and its projects', () => {
      for (const partner of map.partners) {
        const { name, shortName, category } = partners.find(p => p.code === partner.code)!
        expect(partner.name).toBe(shortName ?? name)
        expect(partner.controlLabel).toBe(`${shortName ? `${shortName} (${name})` : name}, ${ui.labelled(categoryName(category).toLowerCase(), ui.cooperationProjects(count.ofPartner(partner.code)))}`)
      }
    })

    it('opens a partner\'s projects, by its code', () => {
      expect(map.details('MA')).toEqual({ heading: partnerName('MA'), projects: edition.projects.filter(p => p.partners.includes('MA')) })
      expect(map.details(null)).toBeUndefined()
      expect(map.legend.items.map(item => item.name)).toEqual([categoryName('leading'), ui.map.hatched(categoryName('new-entrant'))])
    })
  })

  describe(`${locale}: the partner categories`, () => {
    const chart = layoutPartnerCategories(edition)

    it('tabulates every partner, by type, with its projects, and sums each type\'s projects once', () => {
      expect(chart.text.title).toBe(ui.categoriesChart.title)
      expect(chart.text.table.columns).toEqual([ui.columns.country, ui.columns.partnerType, ui.columns.cooperationProjects])
      expect(chart.text.table.rows).toEqual(categories.flatMap(c => partners.filter(p => p.category === c.id).map(p => [p.name, c.name, String(count.ofPartner(p.code))])))
      for (const panel of chart.panels) {
        const members = new Set(partners.filter(p => p.category === panel.id).map(p => p.code))
        const projects = edition.projects.filter(p => p.partners.some(code => members.has(code))).length
        expect(panel.count).toBe(ui.categoriesChart.panelCount(members.size, projects))
        expect(chart.text.summary).toContain(`${ui.labelled(panel.name, [...members].map(code => `${partnerName(code)} ${ui.projects(count.ofPartner(code))}`).join(', '))}.`)
      }
      expect(chart.caption).toBe(ui.categoriesChart.caption(format.date(event.asOf)))
    })
  })

  describe(`${locale}: the priority matrix`, () => {
    const matrix = layoutPriorityMatrix(edition)
    const shortNames = (code: string, priority: string) => count.ofPair(code, priority).map(p => p.shortName).join(', ')

    it('tabulates each partner\'s projects under each priority, "none" where it has none', () => {
      expect(matrix.text.title).toBe(ui.matrix.title)
      expect(matrix.text.hint).toBe(ui.matrix.hint)
      expect(matrix.text.table.columns).toEqual([ui.columns.country, ui.columns.partnerType, ...priorities.map(p => p.name)])
      const byType = categories.flatMap(c => partners.filter(p => p.category === c.id))
      expect(matrix.text.table.rows).toEqual(byType.map(p => [p.name, categoryName(p.category), ...priorities.map(priority => shortNames(p.code, priority.id) || ui.matrix.none)]))
    })

    it('states each priority\'s projects, then each partner\'s per priority', () => {
      const totals = priorities.map(p => ui.labelled(p.name, ui.projects(edition.projects.filter(project => project.priority === p.id).length)))
      expect(matrix.text.summary.startsWith(`${ui.clauses(totals)}. `)).toBe(true)
      for (const partner of partners)
        expect(matrix.text.summary).toContain(ui.labelled(partner.name, priorities.map(p => `${p.name.toLowerCase()} ${count.ofPair(partner.code, p.id).length}`).join(', ')))
      expect(matrix.columns.map(c => c.total)).toEqual(priorities.map(p => ui.projects(edition.projects.filter(project => project.priority === p.id).length)))
    })

    it('names each cell\'s control by partner, priority, count and projects, and opens its projects', () => {
      for (const column of matrix.columns) {
        for (const cell of column.cells) {
          const projects = count.ofPair(cell.code, column.id)
          expect(cell.label).toBe(`${partnerName(cell.code)}, ${ui.labelled(column.name.toLowerCase(), ui.projects(projects.length))}, ${shortNames(cell.code, column.id)}`)
          expect(matrix.details(cell.key)).toEqual({ heading: `${partnerName(cell.code)} · ${column.name}`, projects })
        }
      }
      expect(matrix.details(null)).toBeUndefined()
      expect(matrix.keys).toEqual([{ marker: 'circle', name: categoryName('leading') }, { marker: 'diamond', name: categoryName('new-entrant') }])
    })
  })

  describe(`${locale}: the cooperation timeline`, () => {
    const timeline = layoutCooperationTimeline(edition)

    it('tabulates every agreement, launch and landing, once per partner, in date order, plans marked', () => {
      expect(timeline.text.title).toBe(ui.timeline.title)
      expect(timeline.text.table.columns).toEqual([ui.columns.date, ui.columns.partner, ui.columns.project, ui.columns.event])
      const rows = timeline.text.table.rows
      expect(rows).toHaveLength(count.events.length)
      const expected = count.events.map(e => [format.date(e.date), partnerName(e.code), e.project.shortName, ui.timeline.event(ui.timeline.kinds[e.kind], e.planned, e.label)])
      expect([...rows].sort()).toEqual(expected.sort())
      expect(rows.map(row => row[0])).toEqual(timeline.marks.map(m => format.date(m.date)))
    })

    it('counts the achieved events by kind and since 2014, and lists the plans with their dates, each event once', () => {
      const achieved = count.eventsOnce.filter(e => !e.planned)
      // A plan shared by two partners has a mark in each lane, and is listed once, in date order.
      const planned = [...new Map(timeline.marks.filter(m => m.planned).map(m => [`${m.projectId}:${m.date}`, m])).values()]
      expect(timeline.text.summary).toBe(ui.timeline.summary({
        firstYear: Math.min(...edition.projects.flatMap(p => p.milestones.map(m => Number(m.date.slice(0, 4))))),
        asOf: format.date(event.asOf),
        agreements: achieved.filter(e => e.kind === 'agreement').length,
        launches: achieved.filter(e => e.kind === 'launch').length,
        landings: achieved.filter(e => e.kind === 'landing').length,
        sinceYear: 2014,
        since: achieved.filter(e => Number(e.date.slice(0, 4)) >= 2014).length,
        planned: planned.map(m => `${m.projectName} (${format.date(m.date)})`).join(', '),
      }))
      expect(planned).toHaveLength(count.eventsOnce.filter(e => e.planned).length)
      expect(timeline.caption).toBe(ui.timeline.key(format.date(event.asOf)))
      expect(timeline.legend.map(item => item.name)).toEqual([ui.timeline.kinds.agreement, ui.timeline.kinds.launch, ui.timeline.kinds.landing])
      expect(`${timeline.colourKey.label} ${timeline.colourKey.priorities.map(p => `${p.name}${p.after}`).join('')}`).toBe(`${ui.timeline.colour} ${priorities.map(p => p.name).join(', ')}.`)
    })
  })
}
