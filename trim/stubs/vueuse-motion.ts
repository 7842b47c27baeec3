/** Stands in for `@vueuse/motion`, behind Slidev's `v-motion` directive, which no slide uses. */
import type { ObjectDirective } from 'vue'
import { unsupported } from './unsupported'

export function MotionDirective(): ObjectDirective {
  return {
    created() {
      throw unsupported('v-motion (@vueuse/motion)')
    },
  }
}
