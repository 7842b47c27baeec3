/**
 * Stands in for `@slidev/rough-notation`, behind Slidev's `v-mark` directive
 * (@slidev/client/modules/v-mark.ts), which no slide uses.
 *
 * Why a stand-in: Slidev has no setting that leaves it out. Checked against the @slidev/client
 * version named in trim/vite-plugin.ts (slidevCheckedAgainst); tests/unit/trim.test.ts fails,
 * naming this file, when that client imports something from it this file lacks.
 */
import { unsupported } from './unsupported'

export function annotate(): never {
  throw unsupported('v-mark (@slidev/rough-notation)')
}
