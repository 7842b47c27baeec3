/**
 * How the charts tell a type of partner apart besides its colour (styles/palette.ts), the same on
 * every chart, so that colour is never the only cue: leading space players by a circle and a
 * solid fill, new entrants by a diamond and hatching.
 */
import type { CategoryId } from '../data/schema'

export interface CategoryMark {
  /** Drawn as SVG wherever it shows, keys included: no font has to have a glyph for it. */
  marker: 'circle' | 'diamond'
  hatched: boolean
}

export const categoryMarks: Readonly<Record<CategoryId, CategoryMark>> = {
  'leading': { marker: 'circle', hatched: false },
  'new-entrant': { marker: 'diamond', hatched: true },
}
