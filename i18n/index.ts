/**
 * The words and formats of this deck's edition, for the components: its language is the one its
 * data was built in (data/index.ts).
 */
import { locale } from '../data'
import { wordsIn } from './messages'

export { locale }
export const { format, ui } = wordsIn(locale)
