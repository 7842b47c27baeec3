/**
 * The first pass of the data check: each record against its schema (data/schema.ts), one message
 * per mistake. A record that fails still goes on to the checks across records with the fields that
 * passed, so that one mistake never shows up again as a false error about another record.
 */
import type { DataProblem, RecordRef } from './problems'
import { closestMatch } from 'leven'
import { z } from 'zod'
import { problemAt } from './problems'

/** Every field optional, at every depth; a list keeps its positions, a failed item left undefined. */
export type DeepPartial<T> = T extends readonly (infer Item)[]
  ? readonly (DeepPartial<Item> | undefined)[]
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T

export interface CheckedRecord<T> {
  ref: RecordRef
  /** The fields that passed their schema: all of them when the record is valid. */
  value: DeepPartial<T>
  /** The record as the schema outputs it, when every field passed. */
  valid: T | undefined
  /** Top-level fields that failed or are missing: a check across records that needs one skips. */
  invalidFields: ReadonlySet<string>
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`).join('') || '(whole record)'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The raw value at `path`, and whether its parent is an object (so that undefined means missing). */
function valueAt(raw: unknown, path: readonly PropertyKey[]): { value: unknown, inObject: boolean } {
  let value = raw
  let inObject = false
  for (const part of path) {
    inObject = isPlainObject(value)
    value = isPlainObject(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[part] : undefined
  }
  return { value, inObject }
}

/** The object schema at `path` inside `schema`, through lists and optional fields. */
function objectSchemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodObject | undefined {
  let current: z.ZodType | undefined = schema
  for (const part of path) {
    while (current instanceof z.ZodOptional)
      current = current.unwrap() as z.ZodType
    if (typeof part === 'number')
      current = current instanceof z.ZodArray ? current.element as z.ZodType : undefined
    else
      current = current instanceof z.ZodObject ? current.shape[String(part)] as z.ZodType | undefined : undefined
  }
  while (current instanceof z.ZodOptional)
    current = current.unwrap() as z.ZodType
  return current instanceof z.ZodObject ? current : undefined
}

/** The part of `value` that passes `schema`: objects field by field, lists item by item. */
function validPart(schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value)
  if (result.success)
    return result.data
  if (schema instanceof z.ZodOptional)
    return validPart(schema.unwrap() as z.ZodType, value)
  if (schema instanceof z.ZodObject && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>)
      .map(([key, field]) => [key, validPart(field, value[key])])
      .filter(([, part]) => part !== undefined))
  }
  if (schema instanceof z.ZodArray && Array.isArray(value))
    return value.map(item => validPart(schema.element as z.ZodType, item))
  return undefined
}

function quoted(values: readonly unknown[]): string {
  return values.map(value => JSON.stringify(value)).join(', ')
}

/** A key misspelt by at most a couple of letters; a short key by fewer, so "de" is not taken for "fr". */
function suggestionFor(key: string, absentKeys: readonly string[]): string | undefined {
  return closestMatch(key, absentKeys, { maxDistance: Math.min(2, Math.floor(key.length / 2)) })
}

/** zod's message, but "missing" for a field left out and the value given for a closed list. */
function messageFor(issue: z.core.$ZodIssue, raw: unknown): string {
  const { value, inObject } = valueAt(raw, issue.path)
  if (value === undefined && inObject)
    return 'missing'
  if (issue.code === 'invalid_value')
    return `${JSON.stringify(value)} is not one of ${quoted(issue.values)}`
  return issue.message
}

/**
 * The issues of one record as problems: an unknown key named with the field it probably misspells
 * (whose "missing" is then left out, being the same mistake), each other issue once.
 */
function problemsOf(schema: z.ZodType, ref: RecordRef, raw: unknown, issues: readonly z.core.$ZodIssue[]): DataProblem[] {
  const problems: DataProblem[] = []
  const explained = new Set<string>()
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys')
      continue
    const object = valueAt(raw, issue.path).value as Record<string, unknown>
    const known = Object.keys(objectSchemaAt(schema, issue.path)?.shape ?? {})
    const absent = known.filter(key => object[key] === undefined)
    for (const key of issue.keys) {
      const suggestion = suggestionFor(key, absent)
      if (suggestion !== undefined) {
        explained.add(fieldPath([...issue.path, suggestion]))
        absent.splice(absent.indexOf(suggestion), 1)
      }
      problems.push(problemAt(ref, fieldPath([...issue.path, key]), suggestion === undefined
        ? `unknown field; the fields are ${quoted(known)}`
        : `unknown field; did you mean ${JSON.stringify(suggestion)}?`))
    }
  }
  for (const issue of issues) {
    const field = fieldPath(issue.path)
    if (issue.code !== 'unrecognized_keys' && !explained.has(field))
      problems.push(problemAt(ref, field, messageFor(issue, raw)))
  }
  return problems
}

/** One record against its schema: what passed, and a problem per mistake. */
export function checkRecord<S extends z.ZodType>(schema: S, ref: RecordRef, raw: unknown): { record: CheckedRecord<z.output<S>>, problems: DataProblem[] } {
  const result = schema.safeParse(raw)
  if (result.success)
    return { record: { ref, value: result.data as DeepPartial<z.output<S>>, valid: result.data, invalidFields: new Set() }, problems: [] }
  const issues = result.error.issues
  const invalidFields = new Set(issues.filter(issue => issue.code !== 'unrecognized_keys' || issue.path.length > 0).map(issue => String(issue.path[0] ?? '')))
  // validPart returns unknown: what it keeps passed the schema's own parts, so it fits DeepPartial
  const value = (validPart(schema, raw) ?? {}) as DeepPartial<z.output<S>>
  return { record: { ref, value, valid: undefined, invalidFields }, problems: problemsOf(schema, ref, raw, issues) }
}
