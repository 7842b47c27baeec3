/** Stands in for `@slidev/rough-notation`, behind Slidev's `v-mark` directive, which no slide uses. */
import { unsupported } from './unsupported'

export function annotate(): never {
  throw unsupported('v-mark (@slidev/rough-notation)')
}
