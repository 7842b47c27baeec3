/**
 * `tsx scripts/check-data.ts`: validates the deck data the way the deck loads it, and prints a
 * one-line summary (exit 0) or the DataError message without a stack (exit 1).
 */
import type { DeckData, RawDeckData } from '../data/validate'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { DataError, validateDeckData } from '../data/validate'

export interface CheckResult {
  exitCode: 0 | 1
  output: string
}

export function summarize(deck: DeckData): string {
  const count = (category: string): number => deck.partners.filter(p => p.category === category).length
  return `data OK: ${deck.partners.length} partners (${count('leading')} leading, ${count('new-entrant')} new entrants), `
    + `${deck.projects.length} projects, ${deck.priorities.length} priorities`
}

export function runCheck(raw: RawDeckData): CheckResult {
  try {
    return { exitCode: 0, output: summarize(validateDeckData(raw)) }
  }
  catch (error) {
    // Only a DataError is an expected failure; anything else is a bug and is rethrown
    if (error instanceof DataError)
      return { exitCode: 1, output: error.message }
    throw error
  }
}

async function cli(): Promise<void> {
  try {
    // Imported lazily so that a DataError thrown while data/deck.ts loads is caught here
    const { deck } = await import('../data/deck')
    console.log(summarize(deck))
  }
  catch (error) {
    if (!(error instanceof DataError))
      throw error
    console.error(error.message)
    process.exitCode = 1
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  await cli()
