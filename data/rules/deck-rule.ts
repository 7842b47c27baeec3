/**
 * What a check across records is: a function of the records as the schema pass left them, returning
 * a problem per breach (file, record, field, message). The rules run in data/rules/index.ts's list.
 */
import type { DataProblem } from '../problems'
import type { SeminarEventRecord } from '../schema'
import type { CheckedRecord } from '../schema-pass'
import type { DeckData } from '../validate'

/**
 * Every record, each with the fields that passed its schema. A record that failed is here too, with
 * its valid fields only, and says which of its fields failed (`invalidFields`): a rule that reads a
 * field skips what it cannot know rather than report a knock-on error (see `allHaveValid`).
 */
export type CheckedDeck = { readonly event: CheckedRecord<SeminarEventRecord> }
  & { readonly [Collection in Exclude<keyof DeckData, 'event'>]: readonly CheckedRecord<DeckData[Collection][number]>[] }

export type DeckRule = (deck: CheckedDeck) => DataProblem[]

/** Whether `field` passed its schema in every record: a rule about all of them can only then say "none". */
export function allHaveValid(records: readonly CheckedRecord<object>[], field: string): boolean {
  return records.every(record => !record.invalidFields.has(field))
}
