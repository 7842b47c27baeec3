/**
 * The deck's data, validated at import: a bad record throws a DataError naming file, record and
 * field. This is what Node reads (scripts, tests). The browser build gets the same records without
 * running this: data/vite-plugin.ts validates them here, in Node, and ships the result as JSON, so
 * that zod stays out of the deck a visitor downloads.
 */
import type { DeckData } from './validate'
import { categories } from './categories'
import { event } from './event'
import { partners } from './partners'
import { priorities } from './priorities'
import { projects } from './projects'
import { validateDeckData } from './validate'

export const deck: DeckData = validateDeckData({ event, categories, priorities, partners, projects })
