/**
 * Every ISO 3166-1 country, from the `world-countries` package (mledoze/countries): alpha-2 and
 * numeric codes, English and French names, and a point [longitude, latitude] for those too small
 * for the map's shapes. Node only: the browser gets what it needs per partner in its edition
 * (data/edition.ts), never the package's JSON.
 */
import type { Countries } from 'world-countries'
import { createRequire } from 'node:module'

// The JSON read as Node reads it, typed by the package: its entry re-exports the JSON without the
// import attribute Node's ESM loader needs, and TypeScript would infer a type from all 1.4 MB of it
const worldCountries = createRequire(import.meta.url)('world-countries/countries.json') as Countries

export interface Country {
  /** ISO 3166-1 alpha-2, e.g. "FR". */
  alpha2: string
  /** ISO 3166-1 numeric, e.g. "250": the id of the country's shape in world-atlas. */
  numeric: string
  name: { en: string, fr: string }
  /** A point in the country, [longitude, latitude]. */
  lonLat: readonly [number, number]
}

// Only officially assigned codes have a numeric code: the package's user-assigned XK (Kosovo) has none
const countries: ReadonlyMap<string, Country> = new Map(worldCountries
  .filter(country => country.ccn3 !== '')
  .map(country => [country.cca2, {
    alpha2: country.cca2,
    numeric: country.ccn3,
    name: { en: country.name.common, fr: country.translations.fra?.common ?? country.name.common },
    lonLat: [country.latlng[1], country.latlng[0]],
  }]))

/** Every officially assigned country. */
export const allCountries: readonly Country[] = [...countries.values()]

/** The officially assigned ISO 3166-1 alpha-2 codes. */
export const iso3166Alpha2: ReadonlySet<string> = new Set(countries.keys())

/** Exact, case-sensitive: "fr" is a data error, not France. */
export function isIso3166Alpha2(code: string): boolean {
  return countries.has(code)
}

/** The country of an ISO 3166-1 alpha-2 code, or undefined for a code that is not one. */
export function countryOf(alpha2: string): Country | undefined {
  return countries.get(alpha2)
}
