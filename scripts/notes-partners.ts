/**
 * The speaker notes are words, so they may name countries; but a country they name that the data
 * does not list as a partner (nor as the hub) is likely one the data dropped while the words stayed.
 * `npm run check:data` prints a warning for each, with the slide it is on (scripts/deck.ts).
 */
import type { DeckData } from '../data/validate'
import { allCountries } from '../data/countries'
import { editionList } from '../i18n/editions'
import { escapeRegExp } from '../utils/escape-regexp'
import { loadDeckOutline, notesParagraphs } from './deck-outline'

/** CNES's own country: the notes name it as the hub, not as a partner. */
const hub = 'FR'

/** The countries (by their English or French name in world-countries) that `text` names, as whole words. */
export function countriesNamedIn(text: string): { code: string, name: string }[] {
  return allCountries.flatMap((country) => {
    const name = [country.name.en, country.name.fr].find(name => new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'u').test(text))
    return name === undefined ? [] : [{ code: country.alpha2, name }]
  })
}

/** One line per slide whose notes name a country that is neither a partner nor the hub. */
export async function notesNamingUnlistedCountries(deck: DeckData): Promise<string[]> {
  const listed = new Set([hub, ...deck.partners.map(partner => partner.code)])
  const lines: string[] = []
  for (const edition of editionList) {
    const { slides } = await loadDeckOutline(edition)
    for (const slide of slides) {
      const unlisted = countriesNamedIn(notesParagraphs(slide.note).join('\n')).filter(country => !listed.has(country.code))
      if (unlisted.length > 0)
        lines.push(`warning: ${edition.entry}, slide ${slide.no}: the speaker notes name ${unlisted.map(c => `${c.name} (${c.code})`).join(', ')}, not a partner in data/partners.ts`)
    }
  }
  return lines
}
