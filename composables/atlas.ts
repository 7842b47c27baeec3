/**
 * What the partner map needs from the world atlas (Natural Earth 1:110m, `world-atlas` package):
 * country shapes keyed by ISO 3166-1 numeric code, and the few places it draws as points.
 */
import type { Feature, Geometry } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { feature } from 'topojson-client'
import world from 'world-atlas/countries-110m.json'

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
const topology = world as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>

export const countries: readonly Feature<Geometry, CountryProperties>[] = feature(topology, topology.objects.countries)
  .features
  .filter(country => country.id !== antarctica)
