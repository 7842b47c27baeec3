/**
 * Which module holds the deck's validated data: data/deck.ts, unless DECK_DATA_MODULE names another
 * (a path from the project's root), as the tests do to build a larger deck
 * (tests/fixtures/growth-deck/deck.ts). Read here only; the Vite plugin and the data check use it.
 */
import { resolve } from 'node:path'
import process from 'node:process'

const projectRoot = resolve(import.meta.dirname, '..')

export const deckDataModule: string = process.env.DECK_DATA_MODULE
  ? resolve(projectRoot, process.env.DECK_DATA_MODULE)
  : resolve(import.meta.dirname, 'deck.ts')
