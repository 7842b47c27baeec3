/**
 * Stands in for `@vueuse/motion`, behind Slidev's `v-motion` directive
 * (@slidev/client/modules/v-motion.ts), which no slide uses.
 *
 * Why a stand-in: Slidev has no setting that leaves it out. Checked against the @slidev/client
 * version named in trim/vite-plugin.ts (slidevCheckedAgainst); tests/unit/trim.test.ts fails,
 * naming this file, when that client imports something from it this file lacks.
 */
import type { ObjectDirective } from 'vue'
import { unsupported } from './unsupported'

export function MotionDirective(): ObjectDirective {
  return {
    created() {
      throw unsupported('v-motion (@vueuse/motion)')
    },
  }
}
