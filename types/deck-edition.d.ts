/**
 * The edition being built or served, as the browser gets it: the records data/deck.ts validated in
 * Node, read in the edition's one language (data/edition.ts), served by data/vite-plugin.ts. The
 * language is the entry's (i18n/editions.ts), chosen in setup/vite-plugins.ts. Node code (scripts,
 * tests) has no "current" edition: it asks for one with editionOf(deck, locale).
 */
declare module 'virtual:deck-edition' {
  export const edition: import('../data/edition').DeckEdition
}
