/**
 * Lets a component reveal its parts on the slide's clicks, like `v-click` does, while its first
 * part shows at once: part 0 is always visible, part i appears on the i-th click this component
 * owns. The component registers its own clicks with Slidev, so the slide needs no `clicks:` count,
 * and in print/export (clicks at their maximum) every part is shown.
 */
import { useSlideContext } from '@slidev/client'
import { onUnmounted, useId } from 'vue'

export function useClickSteps(steps: number): (part: number) => boolean {
  const { $clicksContext, $clicks } = useSlideContext()
  const info = steps > 0 ? $clicksContext.calculateSince('+1', steps) : null
  if (info) {
    const key = `click-steps-${useId()}`
    $clicksContext.register(key, info)
    onUnmounted(() => $clicksContext.unregister(key))
  }
  return part => part === 0 || info === null || $clicks.value >= info.start + part - 1
}
