import type { DeckEdition } from './edition'
/** Finding records in one edition of the data; a miss is a bug, so it throws naming what was missing. */
import type { CategoryId, PriorityId } from './schema'

function find<T>(list: readonly T[], match: (item: T) => boolean, what: string): T {
  const found = list.find(match)
  if (found === undefined)
    throw new Error(`No ${what} in the deck data`)
  return found
}

export function lookupsIn(edition: DeckEdition) {
  const { categories, priorities, partners, projects } = edition
  const partnerByCode = (code: string) => find(partners, p => p.code === code, `partner with code "${code}"`)
  const priorityOf = (id: PriorityId) => find(priorities, p => p.id === id, `priority with id "${id}"`)
  return {
    partnerByCode,
    priorityOf,
    categoryOf: (id: CategoryId) => find(categories, c => c.id === id, `category with id "${id}"`),
    projectById: (id: string) => find(projects, p => p.id === id, `project with id "${id}"`),
    /** In fact-sheet order; shared projects (MASCOT, MMX rover) appear under each of their partners. */
    projectsOfPartner: (code: string) => {
      partnerByCode(code)
      return projects.filter(p => p.partners.includes(code))
    },
    projectsOfPriority: (id: PriorityId) => {
      priorityOf(id)
      return projects.filter(p => p.priority === id)
    },
  }
}
