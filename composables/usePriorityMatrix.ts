import type { DeckEdition } from '../data/edition'
/**
 * Geometry of the partner × priority matrix: one row per partner (grouped by type of partner),
 * one column per priority, and in each cell one square per cooperation project of that pair.
 * Rows and columns are d3 band scales; plain data, no DOM.
 */
import type { CategoryId, PriorityId } from '../data/schema'
import { scaleBand } from 'd3-scale'

export const priorityMatrixFrame = {
  width: 1696,
  height: 660,
  labelWidth: 400,
  headerHeight: 64,
  groupGap: 28,
  square: 28,
  squareGap: 10,
} as const

export interface MatrixCell {
  code: string
  priority: PriorityId
  projectIds: string[]
  x: number
  y: number
  width: number
  height: number
  /** Top-left corner of each project's square. */
  squares: { x: number, y: number }[]
  /** Where the count is written, after the squares. */
  countX: number
}

export interface PriorityMatrix {
  width: number
  height: number
  columns: { id: PriorityId, name: string, x: number, width: number, projects: number }[]
  rows: { code: string, name: string, category: CategoryId, y: number, height: number }[]
  cells: MatrixCell[]
}

export function usePriorityMatrix(data: DeckEdition): PriorityMatrix {
  const f = priorityMatrixFrame
  const groups = data.categories.map(category => data.partners.filter(p => p.category === category.id))
  const ordered = groups.flat()
  const rowBand = scaleBand<string>()
    .domain(ordered.map(p => p.code))
    .range([f.headerHeight, f.height - f.groupGap * (groups.length - 1)])
    .paddingInner(0.14)
  const columnBand = scaleBand<PriorityId>()
    .domain(data.priorities.map(p => p.id))
    .range([f.labelWidth, f.width])
    .paddingInner(0.05)
  const groupIndex = new Map(groups.flatMap((group, i) => group.map(p => [p.code, i] as const)))
  const rowY = (code: string) => (rowBand(code) ?? 0) + (groupIndex.get(code) ?? 0) * f.groupGap
  const columnX = (id: PriorityId) => columnBand(id) ?? 0

  const rows = ordered.map(p => ({ code: p.code, name: p.name, category: p.category, y: rowY(p.code), height: rowBand.bandwidth() }))
  const cells = rows.flatMap(row => data.priorities.map((priority): MatrixCell => {
    const projectIds = data.projects.filter(p => p.priority === priority.id && p.partners.includes(row.code)).map(p => p.id)
    const x = columnX(priority.id)
    const squareY = row.y + (row.height - f.square) / 2
    const squares = projectIds.map((_, i) => ({ x: x + 16 + i * (f.square + f.squareGap), y: squareY }))
    return {
      code: row.code,
      priority: priority.id,
      projectIds,
      x,
      y: row.y,
      width: columnBand.bandwidth(),
      height: row.height,
      squares,
      countX: x + 16 + projectIds.length * (f.square + f.squareGap) + 8,
    }
  }))
  const columns = data.priorities.map(priority => ({
    id: priority.id,
    name: priority.name,
    x: columnX(priority.id),
    width: columnBand.bandwidth(),
    projects: data.projects.filter(p => p.priority === priority.id).length,
  }))
  return { width: f.width, height: f.height, columns, rows, cells }
}
