/**
 * A Vite plugin that serves the edition being built or served to the browser as one module,
 * `virtual:deck-edition` (typed in types/deck-edition.d.ts): the records data/deck.ts validated
 * when Vite ran it in Node, read in the edition's one language (data/edition.ts), as frozen JSON.
 * So zod, and the other languages, stay out of the browser.
 *
 * Invalid data still stops everything: running data/deck.ts here throws its DataError, and the
 * build, the dev server's page and the export fail with its message (file, record and field); a
 * data file that does not load fails them with one line (file, line and column). The
 * data files are watched, so the dev server re-validates and reloads when one is edited.
 */
import type { Plugin } from 'vite'
import type { Locale } from '../i18n/locales'
import type { DeckEdition } from './edition'
import type { DeckData } from './validate'
import { dirname, resolve } from 'node:path'
import { runnerImport } from 'vite'
import { frozenJsonModule } from '../utils/frozen-json-module'
import { deckDataModule } from './data-module'
import { editionOf } from './edition'
import { dataFileError } from './load-error'

/** An error that Vite and Slidev print as its message alone: no stack, no code frame. */
function oneMessage(message: string): Error {
  return Object.assign(new Error(message), { stack: message })
}

/**
 * The error to report: a DataError's own message (compared by name: the runner loads its own copy
 * of data/problems.ts), a data file's syntax error in one line, anything else as it is.
 */
function describe(error: unknown, dataModule: string): Error {
  if (error instanceof Error && error.name === 'DataError')
    return oneMessage(error.message)
  const fileError = dataFileError(error, resolve(dirname(dataModule), '..'))
  if (fileError)
    return oneMessage(fileError.message)
  return error instanceof Error ? error : new Error(String(error))
}

/**
 * The validated deck that `dataModule` exports, run in Node by Vite's module runner; its files are
 * watched (`watch`, a plugin context's addWatchFile), and an error is reported as `describe` says.
 */
export async function importDeck(dataModule: string, watch: (file: string) => void): Promise<DeckData> {
  let imported: Awaited<ReturnType<typeof runnerImport<{ deck: DeckData }>>>
  try {
    imported = await runnerImport<{ deck: DeckData }>(dataModule)
  }
  catch (error) {
    throw describe(error, dataModule)
  }
  for (const file of [dataModule, ...imported.dependencies])
    watch(file)
  return imported.module.deck
}

/** A virtual module made from the edition: its id, what it exports, and the plugin that serves it. */
export interface EditionModule {
  plugin: string
  id: string
  exportName: string
  make: (edition: DeckEdition) => unknown
}

/**
 * A Vite plugin that serves `module.id`, exporting `module.make` of the edition in `locale` of the
 * validated deck that `dataModule` exports, as frozen JSON. The deck's data files are watched, and
 * invalid data fails the module's load as `describe` says.
 */
export function editionModulePlugin({ plugin: name, id, exportName, make }: EditionModule, locale: Locale, dataModule: string): Plugin {
  const resolvedId = `\0${id}`
  return {
    name,
    enforce: 'pre',
    resolveId(source) {
      return source === id ? resolvedId : null
    },
    async load(loaded) {
      if (loaded !== resolvedId)
        return null
      const deck = await importDeck(dataModule, file => this.addWatchFile(file))
      return frozenJsonModule(exportName, make(editionOf(deck, locale)))
    },
  }
}

/**
 * `dataModule` exports the validated `deck`: data/deck.ts, or another module named by
 * DECK_DATA_MODULE (data/data-module.ts), or in a test a module of invalid data.
 */
export function deckData(locale: Locale, dataModule = deckDataModule): Plugin {
  return editionModulePlugin({ plugin: 'deck-data', id: 'virtual:deck-edition', exportName: 'edition', make: edition => edition }, locale, dataModule)
}
