/**
 * Where the partner map draws a country: its shape in the atlas the map loads (Natural Earth
 * 1:110m, `world-atlas`), or, for a country too small for that scale, a point from world-countries
 * (data/countries.ts). Node only: the edition carries each partner's place (data/edition.ts), so
 * the browser gets neither package's lists.
 */
import type { GeometryCollection, Topology } from 'topojson-specification'
import { createRequire } from 'node:module'
import { countryOf } from './countries'
import { leftOffTheMap } from './map-extent'

/** A country's place on the map; a shape also carries its point, should the atlas miss it. */
export type MapPlace
  = | { kind: 'shape', id: string, lon: number, lat: number }
    | { kind: 'point', lon: number, lat: number }

// Read as data/countries.ts reads its JSON, and for the same reasons
const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>

/** The ISO 3166-1 numeric ids of the shapes the map draws. */
export const mapShapeIds: ReadonlySet<string> = new Set(topology.objects.countries.geometries
  .map(geometry => String(geometry.id))
  .filter(id => !leftOffTheMap.has(id)))

/** Why the map cannot place a country of this code, or undefined when it can. */
export function unplaceableReason(alpha2: string): string | undefined {
  const country = countryOf(alpha2)
  if (country === undefined)
    return `"${alpha2}" is not an ISO 3166-1 alpha-2 country code`
  if (leftOffTheMap.has(country.numeric))
    return `the partner map leaves "${alpha2}" (${country.name.en}) out of its extent`
  return undefined
}

/** The place of a country on the map, or undefined when it has none (see unplaceableReason). */
export function mapPlaceOf(alpha2: string): MapPlace | undefined {
  const country = countryOf(alpha2)
  if (country === undefined || unplaceableReason(alpha2) !== undefined)
    return undefined
  const [lon, lat] = country.lonLat
  return mapShapeIds.has(country.numeric) ? { kind: 'shape', id: country.numeric, lon, lat } : { kind: 'point', lon, lat }
}
