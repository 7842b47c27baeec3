/**
 * Finding and counting records: the one place where the deck's lookups and counts are computed,
 * for the charts, the components and the scripts. A lookup that misses is a bug, so it throws
 * naming what was missing.
 */
import type { DeckEdition } from './edition'
import type { Category, CategoryId, Partner, Priority, PriorityId, Project } from './schema'

/** What counting needs: an edition, or the validated records in every language (data/deck.ts). */
export interface CountableDeck {
  categories: readonly { id: CategoryId }[]
  priorities: readonly { id: PriorityId }[]
  partners: readonly { code: string, category: CategoryId }[]
  projects: readonly { partners: readonly string[], priority: PriorityId }[]
}

export interface DeckCounts {
  partners: number
  projects: number
  priorities: number
  /** Partner countries of each type: `{ leading: 6, 'new-entrant': 5 }`. */
  partnersPerCategory: Readonly<Record<CategoryId, number>>
  /** Projects with at least one partner of each type; a project shared within a type counts once. */
  projectsPerCategory: Readonly<Record<CategoryId, number>>
  projectsPerPriority: Readonly<Record<PriorityId, number>>
  /** By partner code; a project shared by several partners counts for each of them. */
  projectsPerPartner: Readonly<Record<string, number>>
}

function countBy<Key extends string>(keys: readonly Key[], count: (key: Key) => number): Record<Key, number> {
  return Object.fromEntries(keys.map(key => [key, count(key)])) as Record<Key, number>
}

export function deckCounts(deck: CountableDeck): DeckCounts {
  const categoryIds = deck.categories.map(c => c.id)
  const categoryOfPartner = new Map(deck.partners.map(p => [p.code, p.category]))
  return {
    partners: deck.partners.length,
    projects: deck.projects.length,
    priorities: deck.priorities.length,
    partnersPerCategory: countBy(categoryIds, id => deck.partners.filter(p => p.category === id).length),
    projectsPerCategory: countBy(categoryIds, id => deck.projects.filter(p => p.partners.some(code => categoryOfPartner.get(code) === id)).length),
    projectsPerPriority: countBy(deck.priorities.map(p => p.id), id => deck.projects.filter(p => p.priority === id).length),
    projectsPerPartner: countBy(deck.partners.map(p => p.code), code => deck.projects.filter(p => p.partners.includes(code)).length),
  }
}

function find<T>(list: readonly T[], match: (item: T) => boolean, what: string): T {
  const found = list.find(match)
  if (found === undefined)
    throw new Error(`No ${what} in the deck data`)
  return found
}

export interface Lookups {
  partnerByCode: (code: string) => Partner
  categoryOf: (id: CategoryId) => Category
  priorityOf: (id: PriorityId) => Priority
  projectById: (id: string) => Project
  /** A type's partner countries, in the data's order. */
  partnersIn: (category: CategoryId) => readonly Partner[]
  /**
   * A partner's projects, of one priority if given, in fact-sheet order; a shared project appears
   * under each of its partners.
   */
  projectsOfPartner: (code: string, priority?: PriorityId) => readonly Project[]
  projectsOfPriority: (id: PriorityId) => readonly Project[]
  /** A project's partner countries' names. */
  partnerNames: (project: Project) => string[]
  counts: DeckCounts
}

const lookupsByEdition = new WeakMap<DeckEdition, Lookups>()

/** The lookups in one edition, computed once per edition. */
export function lookupsIn(edition: DeckEdition): Lookups {
  let lookups = lookupsByEdition.get(edition)
  if (lookups === undefined) {
    lookups = createLookups(edition)
    lookupsByEdition.set(edition, lookups)
  }
  return lookups
}

function createLookups(edition: DeckEdition): Lookups {
  const { categories, priorities, partners, projects } = edition
  const partnerByCode = (code: string) => find(partners, p => p.code === code, `partner with code "${code}"`)
  const priorityOf = (id: PriorityId) => find(priorities, p => p.id === id, `priority with id "${id}"`)
  return {
    partnerByCode,
    priorityOf,
    categoryOf: id => find(categories, c => c.id === id, `category with id "${id}"`),
    projectById: id => find(projects, p => p.id === id, `project with id "${id}"`),
    partnersIn: category => partners.filter(p => p.category === category),
    projectsOfPartner: (code, priority) => {
      partnerByCode(code)
      return projects.filter(p => p.partners.includes(code) && (priority === undefined || p.priority === priority))
    },
    projectsOfPriority: (id) => {
      priorityOf(id)
      return projects.filter(p => p.priority === id)
    },
    partnerNames: project => project.partners.map(code => partnerByCode(code).name),
    counts: deckCounts(edition),
  }
}
