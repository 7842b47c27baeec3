/**
 * The atlas's countries, for the map on this slide: loaded once the slide is near, and undefined
 * until then. Near is what Slidev itself preloads (this slide, or the one before or after the
 * current slide), plus the overview and the print view, which show every slide. Slidev also
 * mounts every slide 3 s after the first visit; the boundaries wait for the map slide regardless.
 */
import type { ShallowRef } from 'vue'
import type { AtlasCountry } from './atlas'
import { useNav, useSlideContext } from '@slidev/client'
import { computed, shallowRef, watch } from 'vue'
import { loadCountries } from './atlas'

export function useAtlasWhenNear(): ShallowRef<readonly AtlasCountry[] | undefined> {
  const { $page, $renderContext } = useSlideContext()
  const { currentSlideNo, isPrintMode } = useNav()
  const countries = shallowRef<readonly AtlasCountry[]>()
  const near = computed(() => isPrintMode.value || $renderContext.value === 'overview' || Math.abs(currentSlideNo.value - $page.value) <= 1)
  watch(near, (isNear) => {
    if (isNear && countries.value === undefined) {
      loadCountries().then(
        loaded => countries.value = loaded,
        (error: unknown) => console.error('The map\'s boundaries did not load:', error),
      )
    }
  }, { immediate: true })
  return countries
}
