/**
 * The deck's only entry point to its data, and the lookups the components use. The records are
 * validated before anything renders (data/deck.ts; in the browser build, by data/vite-plugin.ts).
 */
import type { Category, CategoryId, Partner, Priority, PriorityId, Project } from './schema'
import { deck } from './deck'

export { deck }

export const { event, categories, priorities, partners, projects } = deck

function find<T>(list: readonly T[], match: (item: T) => boolean, what: string): T {
  const found = list.find(match)
  if (found === undefined)
    throw new Error(`No ${what} in the deck data`)
  return found
}

export function partnerByCode(code: string): Readonly<Partner> {
  return find(partners, p => p.code === code, `partner with code "${code}"`)
}

export function categoryOf(id: CategoryId): Readonly<Category> {
  return find(categories, c => c.id === id, `category with id "${id}"`)
}

export function priorityOf(id: PriorityId): Readonly<Priority> {
  return find(priorities, p => p.id === id, `priority with id "${id}"`)
}

export function projectById(id: string): Readonly<Project> {
  return find(projects, p => p.id === id, `project with id "${id}"`)
}

/** In fact-sheet order; shared projects (MASCOT, MMX rover) appear under each of their partners. */
export function projectsOfPartner(code: string): readonly Readonly<Project>[] {
  partnerByCode(code)
  return projects.filter(p => p.partners.includes(code))
}

export function projectsOfPriority(id: PriorityId): readonly Readonly<Project>[] {
  priorityOf(id)
  return projects.filter(p => p.priority === id)
}
