/**
 * What the slides' components read: the data of this deck's edition (data/build-edition.ts), in its
 * language, and lookups in it. The records were validated before anything renders
 * (data/vite-plugin.ts). Node code uses data/deck.ts and data/edition.ts instead.
 */
import { edition } from './build-edition'
import { lookupsIn } from './lookups'

export { edition }

export const { locale, event, categories, priorities, partners, projects } = edition

export const { partnerByCode, categoryOf, priorityOf, projectById, projectsOfPartner, projectsOfPriority } = lookupsIn(edition)
