/**
 * A Vite plugin that serves `virtual:deck-dates-written` (typed in types/deck-dates-written.d.ts):
 * the deck's own dates as the edition's language writes them (i18n/dates-written.ts), written in
 * Node when the deck is built or served, for the components' formatters (i18n/index.ts). Here in
 * setup/, not in i18n/, because it runs data/ (i18n/ takes only types from data/).
 */
import type { Plugin } from 'vite'
import type { Locale } from '../i18n/locales'
import { deckDataModule } from '../data/data-module'
import { editionModulePlugin } from '../data/vite-plugin'
import { datesWrittenIn } from '../i18n/dates-written'

/** `dataModule` exports the validated `deck` (data/vite-plugin.ts). */
export function deckDatesWritten(locale: Locale, dataModule = deckDataModule): Plugin {
  return editionModulePlugin({ plugin: 'deck-dates-written', id: 'virtual:deck-dates-written', exportName: 'datesWritten', make: datesWrittenIn }, locale, dataModule)
}
