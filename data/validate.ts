/**
 * Validates the raw data files against the schema and across records, and either returns typed,
 * frozen data or throws one DataError whose message names the file, the record and the field of
 * every problem. Nothing renders from data that did not pass here.
 */
import type { z } from 'zod'
import type { CategoryRecord, PartnerRecord, PriorityRecord, ProjectRecord, SeminarEventRecord } from './schema'
import { locales } from '../i18n/locales'
import { deepFreeze } from '../utils/deep-freeze'
import { categoryIds, categorySchema, eventSchema, partnerSchema, priorityIds, prioritySchema, projectSchema } from './schema'

/** Where each collection lives, so that an error points at the file to fix. */
export const dataFiles = {
  event: 'data/event.ts',
  categories: 'data/categories.ts',
  priorities: 'data/priorities.ts',
  partners: 'data/partners.ts',
  projects: 'data/projects.ts',
} as const

export interface RawDeckData {
  event: unknown
  categories: unknown
  priorities: unknown
  partners: unknown
  projects: unknown
}

/** The validated data, in every language; data/edition.ts reads one language out of it. */
export interface DeckData {
  event: Readonly<SeminarEventRecord>
  categories: readonly Readonly<CategoryRecord>[]
  priorities: readonly Readonly<PriorityRecord>[]
  partners: readonly Readonly<PartnerRecord>[]
  projects: readonly Readonly<ProjectRecord>[]
}

export interface DataProblem {
  file: string
  /** e.g. `project "swot" (projects[3])` */
  record: string
  /** e.g. `partners[0]` */
  field: string
  message: string
}

export class DataError extends Error {
  constructor(readonly problems: readonly DataProblem[]) {
    super([
      `Invalid deck data (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was rendered:`,
      ...problems.map(p => `  ${p.file}: ${p.record}, field "${p.field}": ${p.message}`),
    ].join('\n'))
    this.name = 'DataError'
  }
}

type Collection = Exclude<keyof RawDeckData, 'event'>

/** Singular noun and identifying key per collection, for messages like `partner "US"`. */
const recordNaming: Record<Collection, { noun: string, key: string }> = {
  categories: { noun: 'category', key: 'id' },
  priorities: { noun: 'priority', key: 'id' },
  partners: { noun: 'partner', key: 'code' },
  projects: { noun: 'project', key: 'id' },
}

function describeRecord(collection: Collection, index: number, record: unknown): string {
  const { noun, key } = recordNaming[collection]
  const id = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined
  return typeof id === 'string' && id !== '' ? `${noun} "${id}" (${collection}[${index}])` : `${noun} #${index + 1} (${collection}[${index}])`
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`).join('') || '(whole record)'
}

/** A record that passed its schema, with its index in the raw list so later messages point at the right row. */
interface Parsed<T> { index: number, data: T }

function parseList<T extends z.ZodType>(collection: Collection, schema: T, raw: unknown, problems: DataProblem[]): Parsed<z.infer<T>>[] {
  const file = dataFiles[collection]
  if (!Array.isArray(raw)) {
    problems.push({ file, record: collection, field: '(list)', message: 'must be a list of records' })
    return []
  }
  if (raw.length === 0)
    problems.push({ file, record: collection, field: '(list)', message: 'must not be empty' })
  const parsed: Parsed<z.infer<T>>[] = []
  raw.forEach((record: unknown, index) => {
    const result = schema.safeParse(record)
    if (result.success) {
      parsed.push({ index, data: result.data })
      return
    }
    for (const issue of result.error.issues)
      problems.push({ file, record: describeRecord(collection, index, record), field: fieldPath(issue.path), message: issue.message })
  })
  return parsed
}

function checkUnique<T>(collection: Collection, records: readonly Parsed<T>[], key: (record: T) => string, field: string, problems: DataProblem[]): void {
  const seen = new Map<string, Parsed<T>>()
  for (const record of records) {
    const value = key(record.data)
    const first = seen.get(value)
    if (first === undefined)
      seen.set(value, record)
    else
      problems.push({ file: dataFiles[collection], record: describeRecord(collection, record.index, record.data), field, message: `duplicates ${describeRecord(collection, first.index, first.data)}` })
  }
}

function checkCoverage(collection: 'categories' | 'priorities', ids: readonly string[], records: readonly Parsed<{ id: string }>[], problems: DataProblem[]): void {
  for (const id of ids) {
    if (!records.some(record => record.data.id === id))
      problems.push({ file: dataFiles[collection], record: collection, field: 'id', message: `has no record for "${id}"` })
  }
}

export function validateDeckData(raw: RawDeckData): DeckData {
  const problems: DataProblem[] = []

  const eventResult = eventSchema.safeParse(raw.event)
  if (!eventResult.success) {
    for (const issue of eventResult.error.issues)
      problems.push({ file: dataFiles.event, record: 'event', field: fieldPath(issue.path), message: issue.message })
  }
  const categories = parseList('categories', categorySchema, raw.categories, problems)
  const priorities = parseList('priorities', prioritySchema, raw.priorities, problems)
  const partners = parseList('partners', partnerSchema, raw.partners, problems)
  const projects = parseList('projects', projectSchema, raw.projects, problems)

  checkUnique('categories', categories, c => c.id, 'id', problems)
  checkUnique('priorities', priorities, p => p.id, 'id', problems)
  checkUnique('partners', partners, p => p.code, 'code', problems)
  for (const locale of locales)
    checkUnique('partners', partners, p => p.name[locale], `name.${locale}`, problems)
  checkUnique('projects', projects, p => p.id, 'id', problems)
  if (Array.isArray(raw.categories))
    checkCoverage('categories', categoryIds, categories, problems)
  if (Array.isArray(raw.priorities))
    checkCoverage('priorities', priorityIds, priorities, problems)

  const partnerCodes = new Set(partners.map(p => p.data.code))
  projects.forEach(({ index, data: project }) => {
    project.partners.forEach((code, i) => {
      if (!partnerCodes.has(code))
        problems.push({ file: dataFiles.projects, record: describeRecord('projects', index, project), field: `partners[${i}]`, message: `"${code}" is not a partner listed in ${dataFiles.partners}` })
    })
    const duplicate = project.partners.find((code, i) => project.partners.indexOf(code) !== i)
    if (duplicate)
      problems.push({ file: dataFiles.projects, record: describeRecord('projects', index, project), field: 'partners', message: `names "${duplicate}" twice` })
  })

  if (problems.length > 0 || !eventResult.success)
    throw new DataError(problems)
  const data = <T>(list: readonly Parsed<T>[]): T[] => list.map(record => record.data)
  return deepFreeze({ event: eventResult.data, categories: data(categories), priorities: data(priorities), partners: data(partners), projects: data(projects) })
}
