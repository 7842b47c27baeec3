/**
 * One edition of the deck's data: the validated records with every localized text read in one
 * language, plus that language, and where the map draws each partner and the hub (data/map-places.ts).
 * The browser build gets its edition ready-made (data/vite-plugin.ts); Node code (scripts, tests)
 * asks for the one it needs.
 */
import type { Locale } from '../i18n/locales'
import type { MapPlace } from './map-places'
import type { Category, InLocale, Partner, Priority, Project, SeminarEvent } from './schema'
import type { DeckData } from './validate'
import { locales } from '../i18n/locales'
import { deepFreeze } from '../utils/deep-freeze'
import { mapPlaceOf } from './map-places'

/** A partner as an edition holds it: with its place on the map. */
export type EditionPartner = Partner & { readonly place: MapPlace }

/** CNES's country, the hub of the map. */
const hubCode = 'FR'

export interface DeckEdition {
  locale: Locale
  event: SeminarEvent
  categories: readonly Category[]
  priorities: readonly Priority[]
  partners: readonly EditionPartner[]
  projects: readonly Project[]
  hub: { readonly code: string, readonly place: MapPlace }
}

/** A localized text is an object whose keys are exactly the deck's languages (data/schema.ts). */
function isLocalizedText(value: object): value is Record<Locale, string> {
  const keys = Object.keys(value)
  return keys.length === locales.length && locales.every(locale => typeof (value as Record<string, unknown>)[locale] === 'string')
}

function readIn<T>(value: T, locale: Locale): InLocale<T>
function readIn(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value))
    return value.map(item => readIn(item, locale))
  if (typeof value === 'object' && value !== null) {
    if (isLocalizedText(value))
      return value[locale]
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, readIn(item, locale)]))
  }
  return value
}

/** Validated data has a place for each partner (data/rules/map-places.ts); a code without one is a bug. */
function placeOf(code: string): MapPlace {
  const place = mapPlaceOf(code)
  if (place === undefined)
    throw new Error(`The partner map has no place for "${code}": run npm run check:data`)
  return place
}

export function editionOf(deck: DeckData, locale: Locale): DeckEdition {
  const read = readIn(deck, locale)
  return deepFreeze({
    locale,
    ...read,
    partners: read.partners.map(partner => ({ ...partner, place: placeOf(partner.code) })),
    hub: { code: hubCode, place: placeOf(hubCode) },
  })
}
