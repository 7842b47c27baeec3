/**
 * The deck's colours, in one map. The slides' CSS variables (`--deck-ink`, `--deck-leading`…) and
 * the rules that give each type of partner and each priority its colour are generated from it
 * (`paletteCss`, a UnoCSS preflight in uno.config.ts); the handout (scripts/handout.ts) draws with
 * it too. Every text colour has a contrast of at least 4.5:1 on its background (checked by
 * axe-core in tests/e2e/a11y.spec.ts).
 */
import type { CategoryId, PriorityId } from '../data/schema'

type Hex = `#${string}`

/** A type of partner's colour (data/categories.ts): its markers, bars, links and labels. */
export const categoryColours = {
  'leading': '#0a58a8',
  'new-entrant': '#a4400a',
} as const satisfies Record<CategoryId, Hex>

/** A priority's colour (data/priorities.ts): its column, squares and timeline marks. */
export const priorityColours = {
  climate: '#0b6b57',
  exploration: '#9a2f12',
  innovation: '#5a2aa0',
} as const satisfies Record<PriorityId, Hex>

export const palette = {
  'ink': '#0b1f3a',
  'muted': '#34445c',
  'paper': '#ffffff',
  'wash': '#eef3f9',
  'rule': '#c9d4e3',
  'accent': '#0a58a8',
  'planned': '#5b6677',
  'focus': '#d4007a',
  'land': '#dde4ed',
  /** The light stripes of the new entrants' hatching. */
  'new-entrant-wash': '#f8dcc8',
  ...categoryColours,
  ...priorityColours,
} as const satisfies Record<string, Hex>

/**
 * The palette as CSS: one `--deck-<name>` variable per colour, and the colour of each type of
 * partner or priority for every mark inside an element that carries its class (`category-leading`,
 * `priority-climate`…), which the charts colour their marks with; within `scope` (the slides, or
 * the reading view's whole page for '').
 */
export function paletteCss(scope = '.slidev-layout'): string {
  const within = (selector: string) => (scope === '' ? selector : `${scope} ${selector}`)
  const rule = (selector: string, declarations: string[]) => `${selector} {\n${declarations.map(d => `  ${d};`).join('\n')}\n}`
  return [
    rule(':root', Object.entries(palette).map(([name, hex]) => `--deck-${name}: ${hex}`)),
    ...Object.keys(categoryColours).map(id => rule(within(`.category-${id}`), [`--category-colour: var(--deck-${id})`])),
    ...Object.keys(priorityColours).map(id => rule(within(`.priority-${id}`), [`--priority-colour: var(--deck-${id})`])),
  ].join('\n')
}
