/**
 * Rules: nothing the slides draw is left empty. Each kind of partner and each priority has its
 * record, each kind of partner has partners, each partner a project, and each priority a project.
 */
import type { DataProblem } from '../problems'
import type { CheckedDeck, DeckRule } from './deck-rule'
import { dataFiles, listRef, problemAt } from '../problems'
import { categoryIds, priorityIds } from '../schema'
import { allHaveValid } from './deck-rule'

function missingRecords(collection: 'categories' | 'priorities', ids: readonly string[], deck: CheckedDeck): DataProblem[] {
  const records = deck[collection]
  if (!allHaveValid(records, 'id'))
    return []
  return ids.filter(id => !records.some(record => record.value.id === id))
    .map(id => problemAt(listRef(collection), 'id', `has no record for "${id}"`))
}

export const everyCategoryHasARecord: DeckRule = deck => missingRecords('categories', categoryIds, deck)

export const everyPriorityHasARecord: DeckRule = deck => missingRecords('priorities', priorityIds, deck)

export const everyCategoryHasPartners: DeckRule = (deck) => {
  if (!allHaveValid(deck.partners, 'category'))
    return []
  return deck.categories.filter(({ value }) => value.id !== undefined && !deck.partners.some(partner => partner.value.category === value.id))
    .map(({ ref }) => problemAt(ref, 'id', `no partner in ${dataFiles.partners} is of this type`))
}

export const everyPartnerHasAProject: DeckRule = (deck) => {
  if (!allHaveValid(deck.projects, 'partners'))
    return []
  return deck.partners.filter(({ value }) => value.code !== undefined && !deck.projects.some(project => project.value.partners?.includes(value.code)))
    .map(({ ref, value }) => problemAt(ref, 'code', `no project in ${dataFiles.projects} names "${value.code}" among its partners`))
}

export const everyPriorityIsUsed: DeckRule = (deck) => {
  if (!allHaveValid(deck.projects, 'priority'))
    return []
  return deck.priorities.filter(({ value }) => value.id !== undefined && !deck.projects.some(project => project.value.priority === value.id))
    .map(({ ref, value }) => problemAt(ref, 'id', `no project in ${dataFiles.projects} has the priority "${value.id}"`))
}
