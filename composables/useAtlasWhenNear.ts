/**
 * The atlas's countries, for the map on this slide: loaded once the slide is near, and undefined
 * until then; none (an empty list) if they fail to load. Near is what Slidev itself preloads (this slide, or the one before or after the
 * current slide), plus the overview and the print view, which show every slide. Slidev also
 * mounts every slide 3 s after the first visit; the boundaries wait for the map slide regardless.
 */
import type { ShallowRef } from 'vue'
import type { AtlasCountry } from '../charts/atlas'
import { useNav, useSlideContext } from '@slidev/client'
import { whenever } from '@vueuse/core'
import { computed, shallowRef } from 'vue'
import { loadCountries } from '../charts/atlas'

export function useAtlasWhenNear(): ShallowRef<readonly AtlasCountry[] | undefined> {
  const { $page, $renderContext } = useSlideContext()
  const { currentSlideNo, isPrintMode } = useNav()
  const countries = shallowRef<readonly AtlasCountry[]>()
  const near = computed(() => isPrintMode.value || $renderContext.value === 'overview' || Math.abs(currentSlideNo.value - $page.value) <= 1)
  whenever(near, () => loadCountries().then(
    loaded => countries.value = loaded,
    (error: unknown) => {
      console.error('The map\'s boundaries did not load:', error)
      // No shapes, but not busy for good: the map draws its partners as points (charts/partner-map.ts)
      countries.value = []
    },
  ), { immediate: true, once: true })
  return countries
}
