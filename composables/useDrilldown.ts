/**
 * Which part of a chart (a country, a matrix cell) has its details open. Opening remembers the
 * control that opened it; closing (Escape, the close control, another slide) hands focus back to
 * that control, so keyboard users never lose their place. Escape is caught before Slidev's own
 * shortcuts see it, and only while details are open.
 */
import { useNav } from '@slidev/client'
import { useEventListener } from '@vueuse/core'
import { ref, watch } from 'vue'

export function useDrilldown<Key extends string>() {
  const openKey = ref<Key | null>(null)
  let opener: HTMLElement | null = null
  const { currentSlideNo } = useNav()

  function open(key: Key, event: Event) {
    opener = event.currentTarget instanceof HTMLElement ? event.currentTarget : null
    openKey.value = openKey.value === key ? null : key
  }

  function close() {
    if (openKey.value === null)
      return
    openKey.value = null
    opener?.focus()
    opener = null
  }

  // useEventListener rather than onKeyStroke: only a capturing listener on the window runs before
  // Slidev's shortcuts, and onKeyStroke cannot capture.
  useEventListener(window, 'keydown', (event) => {
    if (event.key === 'Escape' && openKey.value !== null) {
      event.stopPropagation()
      close()
    }
  }, { capture: true })

  watch(currentSlideNo, () => {
    openKey.value = null
    opener = null
  })

  return { openKey, open, close }
}
