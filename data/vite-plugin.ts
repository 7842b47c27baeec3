/**
 * A Vite plugin that keeps zod, and the other languages, out of the browser. In the browser build
 * (and dev server), the module data/build-edition.ts is replaced by the records data/deck.ts
 * validated when Vite ran it in Node, read in the edition's one language (data/edition.ts): frozen
 * JSON, with the types of data/edition.ts.
 *
 * Invalid data still stops everything: running data/deck.ts here throws its DataError, and the
 * build, the dev server's page and the export fail with its message (file, record and field). The
 * data files are watched, so the dev server re-validates and reloads when one is edited.
 */
import type { Plugin } from 'vite'
import type { Locale } from '../i18n/locales'
import type { DeckData } from './validate'
import { resolve } from 'node:path'
import { runnerImport } from 'vite'
import { editionOf } from './edition'

const dataModule = resolve(import.meta.dirname, 'deck.ts')
const editionModule = resolve(import.meta.dirname, 'build-edition.ts')
const deepFreezeModule = resolve(import.meta.dirname, '../utils/deep-freeze.ts')
const validatedId = '\0deck-data:validated'

/** The error to report: the DataError's own message alone, with no stack. */
function describe(error: unknown): Error {
  if (error instanceof Error && error.name === 'DataError')
    return Object.assign(new Error(error.message), { stack: error.message })
  return error instanceof Error ? error : new Error(String(error))
}

export function deckData(locale: Locale): Plugin {
  return {
    name: 'deck-data',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // Only the browser's code is swapped; Node (SSR, scripts, tests) runs the real module.
      if (this.environment.config.consumer !== 'client' || !/(?:^|\/)build-edition(?:\.ts)?$/.test(source))
        return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved?.id === editionModule ? validatedId : null
    },
    async load(id) {
      if (id !== validatedId)
        return null
      let imported: Awaited<ReturnType<typeof runnerImport<{ deck: DeckData }>>>
      try {
        imported = await runnerImport<{ deck: DeckData }>(dataModule)
      }
      catch (error) {
        throw describe(error)
      }
      for (const file of [dataModule, ...imported.dependencies])
        this.addWatchFile(file)
      const json = JSON.stringify(editionOf(imported.module.deck, locale))
      return [
        `import { deepFreeze } from ${JSON.stringify(deepFreezeModule)}`,
        `export const edition = deepFreeze(JSON.parse(${JSON.stringify(json)}))`,
      ].join('\n')
    },
  }
}
