/**
 * The `v-click` value for part `step` of a chart (or a row of cards) that reveals its story in
 * steps: step 0 shows with the slide (`false`: no click), step k appears on the slide's k-th
 * click. The value is absolute, so several marks (an SVG group and its HTML controls) can share
 * one step, and Slidev still counts the clicks, so the slide's total, the presenter view and the
 * export all agree. A component using it must own the slide's clicks.
 */
export type RevealStep = number | false

export function revealStep(step: number): RevealStep {
  return step <= 0 ? false : step
}
