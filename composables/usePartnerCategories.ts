/**
 * Geometry of the "two types of partners" chart: one panel per category (a d3 band scale across
 * the chart), one bar per partner (a band scale down the panel), bar length proportional to its
 * number of cooperation projects on one linear scale shared by both panels
 * (utils/piecewise-scale.ts). Plain data, no DOM.
 */
import type { DeckEdition } from '../data/edition'
import { scaleBand } from 'd3-scale'
import { piecewiseScale } from '../utils/piecewise-scale'

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
  id: string
  name: string
  x: number
  width: number
  projects: number
  bars: PartnerBar[]
}

export interface PartnerCategories {
  panels: CategoryPanel[]
  /** The bar-length scale, shared by both panels: projects → viewBox units. */
  domain: [number, number]
  range: [number, number]
}

export function usePartnerCategories(data: DeckEdition): PartnerCategories {
  const f = partnerCategoriesFrame
  const projectsOf = (code: string) => data.projects.filter(p => p.partners.includes(code)).length
  const panelBand = scaleBand<string>().domain(data.categories.map(c => c.id)).range([0, f.width]).paddingInner(0.06)
  const mostRows = Math.max(...data.categories.map(c => data.partners.filter(p => p.category === c.id).length))
  const rowBand = scaleBand<number>().domain(Array.from({ length: mostRows }, (_, i) => i)).range([f.headerHeight, f.height - 24]).paddingInner(0.4)
  const domain: [number, number] = [0, Math.max(...data.partners.map(p => projectsOf(p.code)))]
  const range: [number, number] = [0, panelBand.bandwidth() - f.labelWidth - f.valueWidth]
  const length = piecewiseScale(domain, range)

  const panels = data.categories.map((category) => {
    const bars = data.partners
      .filter(partner => partner.category === category.id)
      .map((partner, row) => {
        const projects = projectsOf(partner.code)
        return { code: partner.code, name: partner.name, projects, y: rowBand(row) ?? 0, barWidth: length(projects) }
      })
    const codes = new Set(bars.map(b => b.code))
    return {
      id: category.id,
      name: category.name,
      x: panelBand(category.id) ?? 0,
      width: panelBand.bandwidth(),
      projects: data.projects.filter(p => p.partners.some(code => codes.has(code))).length,
      bars,
    }
  })
  return { panels, domain, range }
}
