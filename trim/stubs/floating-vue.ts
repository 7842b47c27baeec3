/**
 * Stands in for `floating-vue`, the popover library Slidev uses for code-block tooltips (twoslash),
 * the drawing toolbar's menu and the hover descriptions in its settings menu. The deck has no code
 * and no drawings; the settings menu shows its entries without their hover descriptions.
 *
 * Why a stand-in: Slidev has no setting that leaves it out. Checked against the @slidev/client
 * version named in trim/vite-plugin.ts (slidevCheckedAgainst); tests/unit/trim.test.ts fails,
 * naming this file, when that client imports something from it this file lacks.
 */
import { defineComponent } from 'vue'

/** Slidev calls this after every slide change, to move open popovers; there are none. */
export function recomputeAllPoppers(): void {}

/** Renders what the popover would be attached to, without the popover. */
const TriggerOnly = defineComponent({
  name: 'TriggerOnly',
  setup(_, { slots }) {
    return () => slots.default?.()
  },
})

export const Tooltip = TriggerOnly
export const Dropdown = TriggerOnly
