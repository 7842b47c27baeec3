/**
 * What the partner map needs from the world atlas (Natural Earth 1:110m, `world-atlas` package):
 * country shapes keyed by ISO 3166-1 numeric code, and the few places it draws as points.
 * The boundaries are the deck's heaviest data (about 30 KB gzipped), so they are a chunk of their
 * own, loaded by `loadCountries()` when the map slide is near (composables/useAtlasWhenNear.ts),
 * never on a first visit to another slide.
 */
import type { Feature, Geometry } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'

/** ISO 3166-1 alpha-2 → numeric, the key world-atlas uses, for France and every partner. */
export const atlasIds: Readonly<Record<string, string>> = {
  FR: '250',
  US: '840',
  CN: '156',
  RU: '643',
  IN: '356',
  JP: '392',
  DE: '276',
  AE: '784',
  SG: '702',
  MA: '504',
  VN: '704',
  IL: '376',
}

/** [longitude, latitude] of places drawn as points: the hub, and countries too small for 1:110m. */
export const atlasPoints: Readonly<Record<string, readonly [number, number]>> = {
  Paris: [2.35, 48.86],
  SG: [103.82, 1.35],
}

/** Antarctica holds no partner and would take a fifth of the map's height. */
const antarctica = '010'

interface CountryProperties { name: string }
export type AtlasCountry = Feature<Geometry, CountryProperties>

let countries: Promise<readonly AtlasCountry[]> | undefined

/** The countries' shapes, Antarctica left out; fetched once, on the first call. */
export function loadCountries(): Promise<readonly AtlasCountry[]> {
  countries ??= Promise.all([import('world-atlas/countries-110m.json'), import('topojson-client')])
    .then(([world, { feature }]) => {
      const topology = world.default as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>
      return feature(topology, topology.objects.countries).features.filter(country => country.id !== antarctica)
    })
  return countries
}
