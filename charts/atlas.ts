/**
 * What the partner map is drawn from (Natural Earth 1:110m, `world-atlas` package): country shapes
 * keyed by ISO 3166-1 numeric code. Node only: the map is projected at build time
 * (charts/map-projection.ts, charts/vite-plugin.ts), and the browser gets SVG paths, never the
 * atlas, topojson-client or d3-geo. Which shape or point is a partner's comes with the edition
 * (data/map-places.ts).
 */
import type { Feature, Geometry } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { createRequire } from 'node:module'
import { feature } from 'topojson-client'
import { leftOffTheMap } from '../data/map-extent'

interface CountryProperties { name: string }
export type AtlasCountry = Feature<Geometry, CountryProperties>

let countries: Promise<readonly AtlasCountry[]> | undefined

/** The countries' shapes, those the map leaves out (data/map-extent.ts) left out; read once, on the first call. */
export function loadCountries(): Promise<readonly AtlasCountry[]> {
  countries ??= Promise.resolve().then(() => {
    // Read as data/map-places.ts reads it
    const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<CountryProperties> }>
    return feature(topology, topology.objects.countries).features.filter(country => !leftOffTheMap.has(String(country.id)))
  })
  return countries
}
