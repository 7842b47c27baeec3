/**
 * The edition of the deck being built or served, in its language (the headmatter's htmlAttrs.lang).
 * data/vite-plugin.ts replaces this module in the browser with that edition's validated records,
 * so only one language's data is shipped. Node has no "current" deck: there, name the language
 * with editionOf(deck, locale) from data/edition.ts.
 */
import type { DeckEdition } from './edition'

function onlyInTheBrowserBuild(): never {
  throw new Error('data/build-edition.ts is provided by data/vite-plugin.ts in the browser build; in Node, use editionOf(deck, locale) from data/edition.ts')
}

export const edition: DeckEdition = onlyInTheBrowserBuild()
