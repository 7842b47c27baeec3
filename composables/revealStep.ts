/**
 * The `v-click` value for part `step` of a component that reveals its parts in order: parts at
 * step 0 or below show with the slide (`'+0'`: no click of their own), each later part takes the
 * next click (`'+1'`). Slidev's own directive does the counting, so the slide's click total, the
 * presenter view and the export all agree. Put the component first among the slide's clicks.
 */
export function revealStep(step: number): '+0' | '+1' {
  return step <= 0 ? '+0' : '+1'
}
