/**
 * The partner × priority matrix: one row per partner (grouped by type of partner), one column per
 * priority, revealed one per click, and in each cell one square per cooperation project of that
 * pair. Rows and columns are d3 band scales. With its words: the summary, the data table, each
 * cell's accessible name and its drill-down. Plain data, no DOM.
 */
import type { DeckEdition } from '../data/edition'
import type { CategoryId, PriorityId } from '../data/schema'
import type { RevealStep } from '../utils/reveal-step'
import type { CategoryMark } from './category-marks'
import type { ChartDetails, ChartLayout } from './chart-text'
import { scaleBand } from 'd3-scale'
import { lookupsIn } from '../data/lookups'
import { wordsIn } from '../i18n/messages'
import { revealStep } from '../utils/reveal-step'
import { categoryMarks } from './category-marks'
import { overlayStyle } from './overlay'

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
  /** `US:climate`: what opens its drill-down. */
  key: string
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
  /** Its control's place over the SVG (charts/overlay.ts). */
  style: Record<string, string>
  /** Its control's accessible name: the partner, the priority, the count and the projects. */
  label: string
}

export interface MatrixColumn {
  id: PriorityId
  name: string
  x: number
  width: number
  projects: number
  /** "4 projects", in the column's header. */
  total: string
  /** Its v-click value: the first column shows with the slide, each other one on a click. */
  step: RevealStep
  /** One per row, in row order. */
  cells: MatrixCell[]
}

export interface MatrixRow {
  code: string
  name: string
  category: CategoryId
  marker: 'circle' | 'diamond'
  y: number
  height: number
}

export interface PriorityMatrix extends ChartLayout {
  square: number
  headerHeight: number
  columns: MatrixColumn[]
  rows: MatrixRow[]
  caption: string
  /** The types of partner's row markers, as the caption shows them: a circle, "Leading space players". */
  keys: { marker: CategoryMark['marker'], name: string }[]
  /** The drill-down of a cell, by its key; undefined for none. */
  details: (key: string | null) => ChartDetails | undefined
}

export function layoutPriorityMatrix(edition: DeckEdition): PriorityMatrix {
  const f = priorityMatrixFrame
  const { categoryOf, partnersIn, projectsOfPartner, projectById, counts } = lookupsIn(edition)
  const { format, ui } = wordsIn(edition.locale)
  const groups = edition.categories.map(category => partnersIn(category.id))
  const ordered = groups.flat()
  const rowBand = scaleBand<string>()
    .domain(ordered.map(p => p.code))
    .range([f.headerHeight, f.height - f.groupGap * (groups.length - 1)])
    .paddingInner(0.14)
  const columnBand = scaleBand<PriorityId>()
    .domain(edition.priorities.map(p => p.id))
    .range([f.labelWidth, f.width])
    .paddingInner(0.05)
  const groupIndex = new Map(groups.flatMap((group, i) => group.map(p => [p.code, i] as const)))
  const rowY = (code: string) => (rowBand(code) ?? 0) + (groupIndex.get(code) ?? 0) * f.groupGap
  const columnX = (id: PriorityId) => columnBand(id) ?? 0
  const projectNames = (ids: readonly string[]) => ids.map(id => projectById(id).shortName).join(', ')

  const rows = ordered.map((p): MatrixRow => ({
    code: p.code,
    name: p.name,
    category: p.category,
    marker: categoryMarks[p.category].marker,
    y: rowY(p.code),
    height: rowBand.bandwidth(),
  }))
  const columns = edition.priorities.map((priority, step): MatrixColumn => ({
    id: priority.id,
    name: priority.name,
    x: columnX(priority.id),
    width: columnBand.bandwidth(),
    projects: counts.projectsPerPriority[priority.id],
    total: ui.projects(counts.projectsPerPriority[priority.id]),
    step: revealStep(step),
    cells: rows.map((row): MatrixCell => {
      const projectIds = projectsOfPartner(row.code, priority.id).map(p => p.id)
      const x = columnX(priority.id)
      const squareY = row.y + (row.height - f.square) / 2
      const box = { x, y: row.y, width: columnBand.bandwidth(), height: row.height }
      return {
        key: `${row.code}:${priority.id}`,
        code: row.code,
        priority: priority.id,
        projectIds,
        ...box,
        squares: projectIds.map((_, i) => ({ x: x + 16 + i * (f.square + f.squareGap), y: squareY })),
        countX: x + 16 + projectIds.length * (f.square + f.squareGap) + 8,
        style: overlayStyle(box, f),
        label: `${row.name}, ${ui.labelled(priority.name.toLowerCase(), ui.projects(projectIds.length))}, ${projectNames(projectIds)}`,
      }
    }),
  }))

  const cellsOf = (row: MatrixRow) => columns.map(column => column.cells.find(cell => cell.code === row.code)!)
  const summary = `${ui.clauses(columns.map(c => ui.labelled(c.name, ui.projects(c.projects))))}. ${ui.clauses(rows
    .map(row => ui.labelled(row.name, cellsOf(row).map((cell, i) => `${columns[i]!.name.toLowerCase()} ${cell.projectIds.length}`).join(', '))))}.`
  const cellsByKey = new Map(columns.flatMap(column => column.cells.map(cell => [cell.key, { cell, column }] as const)))

  return {
    width: f.width,
    height: f.height,
    square: f.square,
    headerHeight: f.headerHeight,
    text: {
      title: ui.matrix.title,
      summary,
      table: {
        caption: ui.matrix.tableCaption,
        columns: [ui.columns.country, ui.columns.partnerType, ...columns.map(c => c.name)],
        rows: rows.map(row => [row.name, categoryOf(row.category).name, ...cellsOf(row).map(cell => projectNames(cell.projectIds) || ui.matrix.none)]),
      },
      hint: ui.matrix.hint,
    },
    columns,
    rows,
    caption: ui.matrix.caption(format.date(edition.event.asOf)),
    keys: edition.categories.map(category => ({ marker: categoryMarks[category.id].marker, name: category.name })),
    details(key) {
      const found = key === null ? undefined : cellsByKey.get(key)
      if (found === undefined)
        return undefined
      const row = rows.find(r => r.code === found.cell.code)!
      return { heading: `${row.name} · ${found.column.name}`, projects: found.cell.projectIds.map(projectById) }
    },
  }
}
