/** Rules: what identifies a record, or names it to a reader, is used once. */
import type { DataProblem, RecordRef } from '../problems'
import type { DeepPartial } from '../schema-pass'
import type { DeckRule } from './deck-rule'
import { locales } from '../../i18n/locales'
import { problemAt } from '../problems'

/** A value that must not repeat, where it stands. */
interface Keyed { ref: RecordRef, field: string, key: string | undefined }

/** Each value that repeats an earlier one, with `message` saying where it first stood. */
function repeats(entries: readonly Keyed[], message: (key: string, first: RecordRef, ref: RecordRef) => string): DataProblem[] {
  const first = new Map<string, RecordRef>()
  return entries.flatMap(({ ref, field, key }) => {
    if (key === undefined)
      return []
    const original = first.get(key)
    if (original !== undefined)
      return [problemAt(ref, field, message(key, original, ref))]
    first.set(key, ref)
    return []
  })
}

/** Records whose `key` repeats an earlier record's, each named with the record it duplicates. */
function duplicates<T>(records: readonly { ref: RecordRef, value: DeepPartial<T> }[], field: string, key: (value: DeepPartial<T>) => string | undefined): DataProblem[] {
  return repeats(records.map(({ ref, value }) => ({ ref, field, key: key(value) })), (_, first) => `duplicates ${first.record}`)
}

export const uniqueIds: DeckRule = deck => [
  ...duplicates(deck.categories, 'id', c => c.id),
  ...duplicates(deck.priorities, 'id', p => p.id),
  ...duplicates(deck.partners, 'code', p => p.code),
  ...duplicates(deck.projects, 'id', p => p.id),
]

/** Two records of a kind with one name, or one chart label, cannot be told apart on a slide. */
export const uniqueNamesPerLanguage: DeckRule = deck => locales.flatMap(locale => [
  ...duplicates(deck.categories, `name.${locale}`, c => c.name?.[locale]),
  ...duplicates(deck.priorities, `name.${locale}`, p => p.name?.[locale]),
  ...duplicates(deck.partners, `name.${locale}`, p => p.name?.[locale]),
  ...duplicates(deck.partners, `shortName.${locale}`, p => p.shortName?.[locale]),
  ...duplicates(deck.projects, `name.${locale}`, p => p.name?.[locale]),
  ...duplicates(deck.projects, `shortName.${locale}`, p => p.shortName?.[locale]),
])

/** A row of the fact sheet is one project's: shared projects are one record with two partners. */
export const uniqueFactIds: DeckRule = deck => repeats(
  deck.projects.flatMap(({ ref, value }) => (value.factIds ?? []).map((key, i) => ({ ref, field: `factIds[${i}]`, key }))),
  (key, first, ref) => first === ref ? `names "${key}" twice` : `"${key}" is already a fact of ${first.record}`,
)
