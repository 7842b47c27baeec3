/**
 * The deck's editions: one Slidev entry per language, built side by side. The English deck is the
 * site's root (`<base>`); each other edition lives in its own folder beneath it (`<base>fr/`).
 */
import type { Locale } from './locales'

export interface Edition {
  locale: Locale
  /** The Slidev entry, relative to the project root. */
  entry: string
  /** Where the edition sits under the site's base: '' for the root, 'fr/' for a folder. */
  path: string
}

export const editions = {
  en: { locale: 'en', entry: 'slides.md', path: '' },
  fr: { locale: 'fr', entry: 'slides.fr.md', path: 'fr/' },
} as const satisfies Record<Locale, Edition>

export const editionList: readonly Edition[] = Object.values(editions)

/** The edition whose entry this is (`slides.fr.md` → French); an unknown entry is an error. */
export function editionOfEntry(entry: string): Edition {
  const file = entry.split(/[/\\]/).pop()
  const found = editionList.find(edition => edition.entry === file)
  if (found === undefined)
    throw new Error(`${entry} is not one of the deck's editions (${editionList.map(e => e.entry).join(', ')}); see i18n/editions.ts`)
  return found
}

/** Stops when an entry's headmatter (htmlAttrs.lang) declares another language than its edition's. */
export function checkEditionLanguage(edition: Edition, lang: unknown): void {
  if (lang !== edition.locale)
    throw new Error(`${edition.entry}: the headmatter's htmlAttrs.lang is "${String(lang)}", but i18n/editions.ts makes this the "${edition.locale}" edition`)
}

/**
 * Where another edition is, seen from a page of this one: `baseUrl` is this edition's base
 * (Vite's BASE_URL, e.g. `/seminar/fr/`), from which the site's base and the other's folder follow.
 */
export function editionHref(from: Locale, to: Locale, baseUrl: string): string {
  const own = editions[from].path
  if (!baseUrl.endsWith(`/${own}`) && !(own === '' && baseUrl.endsWith('/')))
    throw new Error(`editionHref: base "${baseUrl}" does not end with the ${from} edition's folder "${own}"`)
  return `${baseUrl.slice(0, baseUrl.length - own.length)}${editions[to].path}`
}
