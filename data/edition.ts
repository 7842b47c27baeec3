/**
 * One edition of the deck's data: the validated records with every localized text read in one
 * language, plus that language. The browser build gets its edition ready-made (data/vite-plugin.ts);
 * Node code (scripts, tests) asks for the one it needs.
 */
import type { Locale } from '../i18n/locales'
import type { Category, InLocale, Partner, Priority, Project, SeminarEvent } from './schema'
import type { DeckData } from './validate'
import { locales } from '../i18n/locales'
import { deepFreeze } from '../utils/deep-freeze'

export interface DeckEdition {
  locale: Locale
  event: SeminarEvent
  categories: readonly Category[]
  priorities: readonly Priority[]
  partners: readonly Partner[]
  projects: readonly Project[]
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

export function editionOf(deck: DeckData, locale: Locale): DeckEdition {
  return deepFreeze({ locale, ...readIn(deck, locale) })
}
