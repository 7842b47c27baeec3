/** Rules: what identifies a record, or names it to a reader, is used once. */
import type { DataProblem, RecordRef } from '../problems'
import type { DeepPartial } from '../schema-pass'
import type { CheckedDeck, DeckRule } from './deck-rule'
import { locales } from '../../i18n/locales'
import { problemAt } from '../problems'

/** Records whose `key` repeats an earlier record's, each named with the record it duplicates. */
function duplicates<T>(records: readonly { ref: RecordRef, value: DeepPartial<T> }[], field: string, key: (value: DeepPartial<T>) => string | undefined): DataProblem[] {
  const first = new Map<string, RecordRef>()
  const problems: DataProblem[] = []
  for (const { ref, value } of records) {
    const id = key(value)
    if (id === undefined)
      continue
    const original = first.get(id)
    if (original === undefined)
      first.set(id, ref)
    else
      problems.push(problemAt(ref, field, `duplicates ${original.record}`))
  }
  return problems
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
export const uniqueFactIds: DeckRule = (deck: CheckedDeck) => {
  const first = new Map<string, RecordRef>()
  const problems: DataProblem[] = []
  for (const { ref, value } of deck.projects) {
    value.factIds?.forEach((factId, i) => {
      if (factId === undefined)
        return
      const original = first.get(factId)
      if (original === undefined)
        first.set(factId, ref)
      else
        problems.push(problemAt(ref, `factIds[${i}]`, original === ref ? `names "${factId}" twice` : `"${factId}" is already a fact of ${original.record}`))
    })
  }
  return problems
}
