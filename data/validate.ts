/**
 * Validates the raw data files, and either returns typed, frozen data or throws one DataError
 * listing every problem, one line each, naming the file, the record and the field. Two passes: each
 * record against its schema (data/schema-pass.ts), then the checks across records
 * (data/rules/index.ts) on what passed. Nothing renders from data that did not pass here.
 */
import type { z } from 'zod'
import type { Collection, DataProblem } from './problems'
import type { DeckRule } from './rules'
import type { CheckedDeck } from './rules/deck-rule'
import type { CategoryRecord, PartnerRecord, PriorityRecord, ProjectRecord, SeminarEventRecord } from './schema'
import type { CheckedRecord } from './schema-pass'
import { deepFreeze } from '../utils/deep-freeze'
import { DataError, eventRef, listRef, problemAt, recordRef } from './problems'
import { deckRules } from './rules'
import { categorySchema, eventSchema, partnerSchema, prioritySchema, projectSchema } from './schema'
import { checkRecord } from './schema-pass'

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

/** A collection's records against their schema; `usable` is false when it is not a list, or empty. */
function checkList<S extends z.ZodType>(collection: Collection, schema: S, raw: unknown, problems: DataProblem[]): { records: CheckedRecord<z.output<S>>[], usable: boolean } {
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.push(problemAt(listRef(collection), '(list)', Array.isArray(raw) ? 'must not be empty' : 'must be a list of records'))
    return { records: [], usable: false }
  }
  const records = raw.map((item: unknown, index) => {
    const checked = checkRecord(schema, recordRef(collection, index, item), item)
    problems.push(...checked.problems)
    return checked.record
  })
  return { records, usable: true }
}

function checkEvent(raw: unknown, problems: DataProblem[]): CheckedRecord<SeminarEventRecord> {
  const checked = checkRecord(eventSchema, eventRef, raw)
  problems.push(...checked.problems)
  return checked.record
}

/** Every record that passed, or undefined when one did not. */
function allValid<T>(records: readonly CheckedRecord<T>[]): T[] | undefined {
  const valid = records.map(record => record.valid)
  return valid.every(record => record !== undefined) ? valid : undefined
}

export interface SchemaPass {
  /** Every record, with the fields that passed. */
  deck: CheckedDeck
  problems: DataProblem[]
  /** False when a collection is not a list, or is empty: the checks across records would only repeat it. */
  listsUsable: boolean
}

/** The first pass: each record against its schema. */
export function checkSchemas(raw: RawDeckData): SchemaPass {
  const problems: DataProblem[] = []
  const event = checkEvent(raw.event, problems)
  const categories = checkList('categories', categorySchema, raw.categories, problems)
  const priorities = checkList('priorities', prioritySchema, raw.priorities, problems)
  const partners = checkList('partners', partnerSchema, raw.partners, problems)
  const projects = checkList('projects', projectSchema, raw.projects, problems)
  return {
    deck: { event, categories: categories.records, priorities: priorities.records, partners: partners.records, projects: projects.records },
    problems,
    listsUsable: [categories, priorities, partners, projects].every(list => list.usable),
  }
}

/** `rules` are the checks across records: data/rules/index.ts's list unless a test gives its own. */
export function validateDeckData(raw: RawDeckData, rules: readonly DeckRule[] = deckRules): DeckData {
  const { deck, problems, listsUsable } = checkSchemas(raw)
  if (listsUsable)
    problems.push(...rules.flatMap(rule => rule(deck)))
  const valid = {
    event: deck.event.valid,
    categories: allValid(deck.categories),
    priorities: allValid(deck.priorities),
    partners: allValid(deck.partners),
    projects: allValid(deck.projects),
  }
  if (problems.length > 0 || valid.event === undefined || valid.categories === undefined || valid.priorities === undefined || valid.partners === undefined || valid.projects === undefined)
    throw new DataError(problems)
  return deepFreeze({ event: valid.event, categories: valid.categories, priorities: valid.priorities, partners: valid.partners, projects: valid.projects })
}
