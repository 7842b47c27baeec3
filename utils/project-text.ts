/** How a project's status, partners and sources read on a slide. */
import type { Project } from '../data/schema'
import { partnerByCode } from '../data'

export const statusText: Record<Project['status'], string> = {
  'operating': 'Operating',
  'completed': 'Completed',
  'in-force': 'In force',
  'in-development': 'In development',
  'in-study': 'In study',
}

const partnerList = new Intl.ListFormat('en-GB', { type: 'conjunction' })

/** "Japan and Germany". */
export function partnerNames(project: Readonly<Project>): string {
  return partnerList.format(project.partners.map(code => partnerByCode(code).name))
}

/** A source URL shown by its host, as people say it: "nasa.gov", not "https://www.nasa.gov/…". */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}
