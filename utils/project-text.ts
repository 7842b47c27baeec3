/** How a project's partners and sources read on a slide. */
import type { Project } from '../data/schema'
import { partnerByCode } from '../data'

/** Its partner countries' names, in the deck's language. */
export function partnerNames(project: Project): string[] {
  return project.partners.map(code => partnerByCode(code).name)
}

/** A source URL shown by its host, as people say it: "nasa.gov", not "https://www.nasa.gov/…". */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}
