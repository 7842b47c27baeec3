/**
 * The words and formats of this deck's edition, for the components: its language is the edition's
 * (virtual:deck-edition, chosen from the entry in setup/vite-plugins.ts), and its own dates
 * come written (virtual:deck-dates-written), so that drawing slide 1 makes no date formatter.
 */
import { datesWritten } from 'virtual:deck-dates-written'
import { edition } from 'virtual:deck-edition'
import { wordsIn } from './messages'

export const { locale } = edition
export const { format, ui } = wordsIn(locale, datesWritten)
