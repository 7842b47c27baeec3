/**
 * The "two types of partners" chart: one panel per type (a d3 band scale across the chart), one bar
 * per partner (a band scale down the panel), bar length proportional to its number of cooperation
 * projects on one linear scale shared by both panels (charts/piecewise-scale.ts). With its words:
 * the panels' counts, the summary and the data table. Plain data, no DOM.
 */
import type { DeckEdition } from '../data/edition'
import type { CategoryId } from '../data/schema'
import type { ChartLayout } from './chart-text'
import { scaleBand } from 'd3-scale'
import { lookupsIn } from '../data/lookups'
import { wordsIn } from '../i18n/messages'
import { piecewiseScale } from './piecewise-scale'

export const partnerCategoriesFrame = {
  width: 1696,
  height: 600,
  headerHeight: 124,
  barHeight: 44,
  labelWidth: 380,
  valueWidth: 80,
} as const

export interface PartnerBar {
  code: string
  name: string
  projects: number
  /** Top of the row, in viewBox units, relative to the panel. */
  y: number
  barWidth: number
}

export interface CategoryPanel {
  id: CategoryId
  name: string
  x: number
  width: number
  projects: number
  /** "6 countries · 20 projects", under the panel's name. */
  count: string
  bars: PartnerBar[]
}

export interface PartnerCategories extends ChartLayout {
  /** Bars start after the partners' names; each is this high. */
  barX: number
  barHeight: number
  panels: CategoryPanel[]
  /** The bar-length scale, shared by both panels: projects → viewBox units. */
  domain: [number, number]
  range: [number, number]
  caption: string
}

export function layoutPartnerCategories(edition: DeckEdition): PartnerCategories {
  const f = partnerCategoriesFrame
  const { partnersIn, counts } = lookupsIn(edition)
  const { format, ui } = wordsIn(edition.locale)
  const panelBand = scaleBand<CategoryId>().domain(edition.categories.map(c => c.id)).range([0, f.width]).paddingInner(0.06)
  const mostRows = Math.max(...Object.values(counts.partnersPerCategory))
  const rowBand = scaleBand<number>().domain(Array.from({ length: mostRows }, (_, i) => i)).range([f.headerHeight, f.height - 24]).paddingInner(0.4)
  const domain: [number, number] = [0, Math.max(...Object.values(counts.projectsPerPartner))]
  const range: [number, number] = [0, panelBand.bandwidth() - f.labelWidth - f.valueWidth]
  const length = piecewiseScale(domain, range)

  const panels = edition.categories.map((category): CategoryPanel => {
    const bars = partnersIn(category.id).map((partner, row) => {
      const projects = counts.projectsPerPartner[partner.code]!
      return { code: partner.code, name: partner.name, projects, y: rowBand(row) ?? 0, barWidth: length(projects) }
    })
    const projects = counts.projectsPerCategory[category.id]
    return {
      id: category.id,
      name: category.name,
      x: panelBand(category.id) ?? 0,
      width: panelBand.bandwidth(),
      projects,
      count: ui.categoriesChart.panelCount(bars.length, projects),
      bars,
    }
  })
  return {
    width: f.width,
    height: f.height,
    barX: f.labelWidth,
    barHeight: f.barHeight,
    text: {
      title: ui.categoriesChart.title,
      summary: panels
        .map(panel => `${ui.labelled(panel.name, panel.bars.map(bar => `${bar.name} ${ui.projects(bar.projects)}`).join(', '))}.`)
        .join(' '),
      table: {
        caption: ui.categoriesChart.tableCaption,
        columns: [ui.columns.country, ui.columns.partnerType, ui.columns.cooperationProjects],
        rows: panels.flatMap(panel => panel.bars.map(bar => [bar.name, panel.name, String(bar.projects)])),
      },
    },
    panels,
    domain,
    range,
    caption: ui.categoriesChart.caption(format.date(edition.event.asOf)),
  }
}
