/**
 * A Vite plugin that keeps zod out of the browser. In the browser build (and dev server), the
 * module data/deck.ts, which validates the records with zod at import, is replaced by the records
 * it produced when Vite ran it in Node: frozen JSON, the same values and the same types.
 *
 * Invalid data still stops everything: running data/deck.ts here throws its DataError, and the
 * build, the dev server's page and the export fail with its message (file, record and field). The
 * data files are watched, so the dev server re-validates and reloads when one is edited.
 */
import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import { runnerImport } from 'vite'

const dataModule = resolve(import.meta.dirname, 'deck.ts')
const deepFreezeModule = resolve(import.meta.dirname, '../utils/deep-freeze.ts')
const validatedId = '\0deck-data:validated'

/** The error to report: the DataError's own message alone, with no stack. */
function describe(error: unknown): Error {
  if (error instanceof Error && error.name === 'DataError')
    return Object.assign(new Error(error.message), { stack: error.message })
  return error instanceof Error ? error : new Error(String(error))
}

export function deckData(): Plugin {
  return {
    name: 'deck-data',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // Only the browser's code is swapped; Node (SSR, scripts, tests) runs the real module.
      if (this.environment.config.consumer !== 'client' || !/(?:^|\/)deck(?:\.ts)?$/.test(source))
        return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved?.id === dataModule ? validatedId : null
    },
    async load(id) {
      if (id !== validatedId)
        return null
      let imported: Awaited<ReturnType<typeof runnerImport<{ deck: unknown }>>>
      try {
        imported = await runnerImport<{ deck: unknown }>(dataModule)
      }
      catch (error) {
        throw describe(error)
      }
      for (const file of [dataModule, ...imported.dependencies])
        this.addWatchFile(file)
      const json = JSON.stringify(imported.module.deck)
      return [
        `import { deepFreeze } from ${JSON.stringify(deepFreezeModule)}`,
        `export const deck = deepFreeze(JSON.parse(${JSON.stringify(json)}))`,
      ].join('\n')
    },
  }
}
