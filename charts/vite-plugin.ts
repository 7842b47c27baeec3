/**
 * A Vite plugin that serves the partner map's geometry, projected in Node at build time
 * (charts/map-projection.ts) from the atlas (charts/atlas.ts), as two modules (typed in
 * types/partner-map.d.ts):
 * - `virtual:partner-map-places`: where the edition's hub and partners are, and their links from
 *   Paris; a few hundred bytes, with the map's component.
 * - `virtual:partner-map-outlines`: the countries' outlines as SVG paths, rounded to what the map
 *   draws; the deck's heaviest data, imported only when the map slide is near
 *   (composables/useOutlinesWhenNear.ts), so it is a chunk of its own.
 * So the browser gets neither world-atlas, topojson-client nor d3-geo.
 */
import type { Plugin } from 'vite'
import type { Locale } from '../i18n/locales'
import { deckDataModule } from '../data/data-module'
import { editionOf } from '../data/edition'
import { importDeck } from '../data/vite-plugin'
import { frozenJsonModule } from '../utils/frozen-json-module'
import { loadCountries } from './atlas'
import { placePartners, projectOutlines } from './map-projection'

const placesModule = 'virtual:partner-map-places'
const outlinesModule = 'virtual:partner-map-outlines'
// Named like a file, so the outlines' chunk is named after it (partner-map-outlines-<hash>.js)
const resolvedIds: Record<string, string> = { [placesModule]: '\0partner-map-places', [outlinesModule]: '\0partner-map-outlines' }

/** `dataModule` exports the validated `deck` (data/vite-plugin.ts). */
export function partnerMapGeometry(locale: Locale, dataModule = deckDataModule): Plugin {
  return {
    name: 'partner-map-geometry',
    enforce: 'pre',
    resolveId(source) {
      return resolvedIds[source] ?? null
    },
    async load(id) {
      if (id === resolvedIds[placesModule]) {
        const deck = await importDeck(dataModule, file => this.addWatchFile(file))
        return frozenJsonModule('places', placePartners(editionOf(deck, locale), await loadCountries()))
      }
      if (id === resolvedIds[outlinesModule])
        return frozenJsonModule('outlines', projectOutlines(await loadCountries()))
      return null
    },
  }
}
