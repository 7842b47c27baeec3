/**
 * Geometry of the "three priorities" chart: one column per priority with a bar proportional to its
 * number of projects, then the projects themselves, one row each. Plain numbers, no DOM.
 */
import type { DeckData } from '../data/validate'
import { deck } from '../data'

export const priorityColumnsFrame = {
  width: 1696,
  height: 700,
  columnGap: 48,
  barY: 100,
  barHeight: 18,
  firstRowY: 172,
  rowHeight: 32,
} as const

export interface ProjectRow {
  id: string
  /** Short label drawn in the chart: short name and partner short names. */
  label: string
  /** Full project name and partner names, for the text alternative. */
  name: string
  partnerNames: string
  y: number
}

export interface PriorityColumn {
  id: string
  name: string
  x: number
  width: number
  barWidth: number
  rows: ProjectRow[]
}

export function usePriorityColumns(data: DeckData = deck): PriorityColumn[] {
  const f = priorityColumnsFrame
  const width = (f.width - f.columnGap * (data.priorities.length - 1)) / data.priorities.length
  const partnerOf = new Map(data.partners.map(p => [p.code, p]))
  const names = (codes: readonly string[], short: boolean) =>
    codes.map(code => partnerOf.get(code)).map(p => (short ? p?.shortName : undefined) ?? p?.name).join(', ')
  const projectsOf = (id: string) => data.projects.filter(p => p.priority === id)
  const maxProjects = Math.max(...data.priorities.map(p => projectsOf(p.id).length))

  return data.priorities.map((priority, i) => {
    const projects = projectsOf(priority.id)
    return {
      id: priority.id,
      name: priority.name,
      x: i * (width + f.columnGap),
      width,
      barWidth: (projects.length / maxProjects) * width,
      rows: projects.map((project, j) => ({
        id: project.id,
        label: `${project.shortName} (${names(project.partners, true)})`,
        name: project.name,
        partnerNames: names(project.partners, false),
        y: f.firstRowY + j * f.rowHeight,
      })),
    }
  })
}
