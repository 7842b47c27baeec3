/**
 * The hosted deck's service worker, registered once per window, and whether a newer deploy is
 * waiting to take over (setup/vite-plugins.ts: registerType 'prompt'). The new deck is shown only
 * when this window's visitor asks for it. If another window of the deck (the presenter's, say)
 * asked first, the new worker already controls this one too: this window then only offers to
 * reload, and never reloads by itself.
 */
import { createGlobalState } from '@vueuse/core'
import { useRegisterSW } from 'virtual:pwa-register/vue'
import { ref } from 'vue'

export const useDeckUpdate = createGlobalState(() => {
  const asked = ref(false)
  const newDeckInControl = ref(false)
  const dismissed = ref(false)
  const { needRefresh, updateServiceWorker } = useRegisterSW({
    // After the page's `load`: precaching never competes with the first slide.
    immediate: false,
    // The new worker has taken control of this window.
    onNeedReload() {
      if (asked.value)
        window.location.reload()
      else
        newDeckInControl.value = true
    },
  })

  /** Hands control to the waiting worker, which then reloads this window (onNeedReload). */
  async function showNewDeck(): Promise<void> {
    asked.value = true
    if (newDeckInControl.value)
      window.location.reload()
    else
      await updateServiceWorker()
  }

  return {
    /** A newer deploy is there and the visitor has not put the prompt aside. */
    updateOffered: () => needRefresh.value && !dismissed.value,
    showNewDeck,
    /** Until the next visit. */
    dismiss: () => dismissed.value = true,
  }
})
