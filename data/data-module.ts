/**
 * Which module holds the deck's validated data: data/deck.ts, unless DECK_DATA_MODULE names another
 * (a path from the project's root), as the tests do to build a larger deck
 * (tests/fixtures/growth-deck/deck.ts). Read here only; the Vite plugin and the data check use it.
 */
import { resolve } from 'node:path'
import process from 'node:process'

const projectRoot = resolve(import.meta.dirname, '..')

/** The environment variable that names another data module. */
export const deckDataModuleVariable = 'DECK_DATA_MODULE'

const named = process.env[deckDataModuleVariable]

export const deckDataModule: string = named
  ? resolve(projectRoot, named)
  : resolve(import.meta.dirname, 'deck.ts')
