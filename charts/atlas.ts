/**
 * What the partner map needs from the world atlas (Natural Earth 1:110m, `world-atlas` package):
 * country shapes keyed by ISO 3166-1 numeric code. Which shape or point is a partner's comes with
 * the edition (data/map-places.ts), so no country table reaches the browser.
 * The boundaries are the deck's heaviest data (about 30 KB gzipped), so they are a chunk of their
 * own, loaded by `loadCountries()` when the map slide is near (composables/useAtlasWhenNear.ts),
 * never on a first visit to another slide.
 */
import type { Feature, Geometry } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { leftOffTheMap } from '../data/map-extent'

/** [longitude, latitude] of Paris, CNES's head office: the hub every link starts from. */
export const paris: readonly [number, number] = [2.35, 48.86]

interface CountryProperties { name: string }
export type AtlasCountry = Feature<Geometry, CountryProperties>

let countries: Promise<readonly AtlasCountry[]> | undefined

/** The countries' shapes, those the map leaves out (data/map-extent.ts) left out; fetched once, on the first call. */
export function loadCountries(): Promise<readonly AtlasCountry[]> {
  countries ??= Promise.all([import('world-atlas/countries-110m.json'), import('topojson-client')])
    .then(([world, { feature }]) => {
      const topology = world.default as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>
      return feature(topology, topology.objects.countries).features.filter(country => !leftOffTheMap.has(String(country.id)))
    })
  return countries
}
