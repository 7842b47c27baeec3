/**
 * The countries' outlines, for the map on this slide (charts/vite-plugin.ts projects them at build
 * time): loaded once the slide is near, and undefined until then; none (an empty list) if they
 * fail to load. Near is what Slidev itself preloads (this slide, or the one before or after the
 * current slide), plus the overview and the print view, which show every slide. Slidev also
 * mounts every slide 3 s after the first visit; the outlines wait for the map slide regardless.
 */
import type { ShallowRef } from 'vue'
import type { MapOutline } from '../charts/map-projection'
import { useNav, useSlideContext } from '@slidev/client'
import { whenever } from '@vueuse/core'
import { computed, shallowRef } from 'vue'

let loading: Promise<readonly MapOutline[]> | undefined

export function useOutlinesWhenNear(): ShallowRef<readonly MapOutline[] | undefined> {
  const { $page, $renderContext } = useSlideContext()
  const { currentSlideNo, isPrintMode } = useNav()
  const outlines = shallowRef<readonly MapOutline[]>()
  const near = computed(() => isPrintMode.value || $renderContext.value === 'overview' || Math.abs(currentSlideNo.value - $page.value) <= 1)
  whenever(near, () => {
    loading ??= import('virtual:partner-map-outlines').then(module => module.outlines)
    loading.then(
      loaded => outlines.value = loaded,
      (error: unknown) => {
        console.error('The map\'s outlines did not load:', error)
        // Not busy for good: the map draws its partners as points (charts/partner-map.ts)
        outlines.value = []
      },
    )
  }, { immediate: true, once: true })
  return outlines
}
