/**
 * What a chart says in words, for components/ChartFrame.vue: the name and the description of its
 * SVG, the same numbers as a table, and how to use its controls. Every layout in charts/ returns
 * them with its geometry, in its edition's language, so that the words are tested with the marks.
 */
import type { Project } from '../data/schema'

export interface ChartTable {
  /** What the table shows; announced first by screen readers. */
  caption: string
  columns: readonly string[]
  /** One array of cell texts per row; the first cell is the row header. */
  rows: readonly (readonly string[])[]
}

export interface ChartText {
  /** What the chart is: its SVG title, and the start of its accessible name. */
  title: string
  /** A sentence or two stating what the chart shows, with its numbers: the rest of its accessible name. */
  summary: string
  table: ChartTable
  /** How to use the chart's controls; shown in the web deck only, never in the PDF. */
  hint?: string
}

/**
 * The chart's accessible name: its title, then its numbers. The same words are the alternate text
 * of the chart's Figure in the PDF, which Chromium takes from the accessible name alone.
 */
export function chartAlternative(text: Pick<ChartText, 'title' | 'summary'>): string {
  return `${text.title}. ${text.summary}`
}

/** What ChartFrame needs of a layout: its viewBox size, in slide-canvas pixels, and its words. */
export interface ChartLayout {
  width: number
  height: number
  text: ChartText
}

/** What a chart's drill-down (components/ProjectDetails.vue) lists: the projects behind a country or a cell. */
export interface ChartDetails {
  /** What was opened: a country's name, or "<country> · <priority>". */
  heading: string
  projects: readonly Project[]
}
