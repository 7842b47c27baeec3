/**
 * Geometry of the "two types of partners" chart: one panel per category, one bar per partner,
 * bar length proportional to its number of cooperation projects on one scale shared by both
 * panels. Plain numbers, no DOM; the component renders them.
 */
import type { DeckData } from '../data/validate'
import { deck } from '../data'

export const partnerCategoriesFrame = {
  width: 1696,
  height: 600,
  panelGap: 96,
  headerHeight: 124,
  rowHeight: 76,
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

export function usePartnerCategories(data: DeckData = deck): CategoryPanel[] {
  const f = partnerCategoriesFrame
  const panelWidth = (f.width - f.panelGap * (data.categories.length - 1)) / data.categories.length
  const barSpace = panelWidth - f.labelWidth - f.valueWidth
  const projectsOf = (code: string) => data.projects.filter(p => p.partners.includes(code)).length
  const maxProjects = Math.max(...data.partners.map(p => projectsOf(p.code)))

  return data.categories.map((category, i) => {
    const bars = data.partners
      .filter(partner => partner.category === category.id)
      .map((partner, j) => {
        const projects = projectsOf(partner.code)
        return { code: partner.code, name: partner.name, projects, y: f.headerHeight + j * f.rowHeight, barWidth: (projects / maxProjects) * barSpace }
      })
    const codes = new Set(bars.map(b => b.code))
    return {
      id: category.id,
      name: category.name,
      x: i * (panelWidth + f.panelGap),
      width: panelWidth,
      projects: data.projects.filter(p => p.partners.some(code => codes.has(code))).length,
      bars,
    }
  })
}
