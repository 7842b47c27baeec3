/**
 * The one runtime schema of the deck's data. Every type the slides and components use is inferred
 * from it (`z.infer`), so the data files, the validator and the components cannot drift apart.
 */
import type { Locale } from '../i18n/locales'
import { z } from 'zod'
import { locales } from '../i18n/locales'
import { isIso3166Alpha2 } from './countries'

// The hosted deck runs under a Content-Security-Policy without 'unsafe-eval' (deploy/nginx.conf).
// zod's JIT would probe `new Function` there, which the browser reports as a CSP violation; the
// deck's data is small, so validate it without the JIT.
z.config({ jitless: true })

/** Closed lists: a category or priority outside them is a data error, not a new kind. */
export const categoryIds = ['leading', 'new-entrant'] as const
export const priorityIds = ['climate', 'exploration', 'innovation'] as const
export const projectStatuses = ['operating', 'completed', 'in-force', 'in-development', 'in-study'] as const
export const milestoneKinds = ['agreement', 'launch', 'landing', 'milestone'] as const
export const confidenceLevels = ['high', 'medium-high', 'medium'] as const

const text = z.string().trim().min(1, 'must not be empty')

/**
 * Words a reader sees, in every language of the deck: `{ en: 'United States', fr: 'États-Unis' }`.
 * A language left out is a type error in the data file and a validation error naming the field
 * (e.g. `name.fr`). Language-neutral names (SWOT, NASA) are written out in each language too, so
 * that a missing translation can never pass for one.
 */
function localized(inner: z.ZodString = text) {
  return z.strictObject(Object.fromEntries(locales.map(locale => [locale, inner])) as Record<Locale, z.ZodString>)
}

/** A real calendar date written to `pattern`; a malformed one is reported once, as malformed. */
function calendarDate(pattern: RegExp, written: string) {
  return z
    .string()
    .regex(pattern, { error: `must be a date written ${written}`, abort: true })
    .refine(isCalendarDate, 'is not a calendar date')
}

/** A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = calendarDate(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')

/** A day: the deck's own dates (the seminar, the as-of date) are known to the day. */
export const calendarDay = calendarDate(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD, a full date')

function isCalendarDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year!, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

export const countryCode = z
  .string()
  // zod 4 takes a message function as `error`; a bare function here is silently ignored
  .refine(isIso3166Alpha2, { error: issue => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code` })

export const sourceUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })

export const categorySchema = z.strictObject({
  id: z.enum(categoryIds),
  name: localized(),
  /** How the source article describes this kind of partner. */
  description: localized(),
})

export const prioritySchema = z.strictObject({
  id: z.enum(priorityIds),
  name: localized(),
  description: localized(),
})

export const partnerSchema = z.strictObject({
  code: countryCode,
  name: localized(),
  /** Where space is tight (chart labels); defaults to the name. */
  shortName: localized(text.max(14, 'must be at most 14 characters (it labels charts)')).optional(),
  category: z.enum(categoryIds),
  /** CNES's counterpart bodies in that country, e.g. "NASA". */
  counterparts: localized(),
})

export const milestoneSchema = z.strictObject({
  date: partialDate,
  kind: z.enum(milestoneKinds),
  /** What happened, or was planned, on that date. */
  label: localized(),
  /** True for a plan as reported by May 2019 (e.g. a launch not yet flown), false for an achieved fact. */
  planned: z.boolean(),
})

export const projectSchema = z.strictObject({
  /** Stable slug, e.g. "swot". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "jason-3"'),
  /** Row numbers in shared/facts/partner-projects.md, e.g. ["JP1", "DE2"]. */
  factIds: z.array(z.string().regex(/^[A-Z]{2}\d+$/, 'must look like "US1"')).min(1, 'must not be empty'),
  name: localized(),
  /** Label for charts, at most 24 characters so it stays legible at chart size. */
  shortName: localized(text.max(24, 'must be at most 24 characters (it labels charts)')),
  /** ISO codes of the partner countries involved. */
  partners: z.array(countryCode).min(1, 'must name at least one partner'),
  priority: z.enum(priorityIds),
  /** Present when the priority tag is an editorial judgement call rather than a fact; says why. */
  priorityJudgement: localized().optional(),
  status: z.enum(projectStatuses),
  /** Status as of 13 May 2019, one line. */
  statusNote: localized(),
  /** One-line description. */
  description: localized(),
  milestones: z.array(milestoneSchema).min(1, 'must list at least one dated milestone'),
  sources: z.array(sourceUrl).min(1, 'must cite at least one source URL'),
  confidence: z.enum(confidenceLevels),
})

export const eventSchema = z.strictObject({
  title: localized(),
  subtitle: localized(),
  name: localized(),
  venue: localized(),
  date: calendarDay,
  speaker: text,
  speakerRole: localized(),
  /** The speaker's organisation, credited with the speaker as the exports' author. */
  speakerAffiliation: text,
  /** The article the deck is built from. */
  source: sourceUrl,
  /** Status dates in the data are as of this day. */
  asOf: calendarDay,
})

export type CategoryId = (typeof categoryIds)[number]
export type PriorityId = (typeof priorityIds)[number]
export type ProjectStatus = (typeof projectStatuses)[number]
export type MilestoneKind = (typeof milestoneKinds)[number]

/** The validated records, every reader-facing text in every language. */
export type CategoryRecord = z.infer<typeof categorySchema>
export type PriorityRecord = z.infer<typeof prioritySchema>
export type PartnerRecord = z.infer<typeof partnerSchema>
export type ProjectRecord = z.infer<typeof projectSchema>
export type SeminarEventRecord = z.infer<typeof eventSchema>

/** A record as one edition of the deck reads it: each localized text replaced by its one language. */
export type InLocale<T> = T extends Readonly<Record<Locale, string>>
  ? string
  : T extends readonly (infer Item)[]
    ? readonly InLocale<Item>[]
    : T extends object
      ? { readonly [K in keyof T]: InLocale<T[K]> }
      : T

export type Category = InLocale<CategoryRecord>
export type Priority = InLocale<PriorityRecord>
export type Partner = InLocale<PartnerRecord>
export type Milestone = InLocale<ProjectRecord['milestones'][number]>
export type Project = InLocale<ProjectRecord>
export type SeminarEvent = InLocale<SeminarEventRecord>

/** What the raw data files are written as: the schema's input, checked by TypeScript before zod. */
export type CategoryInput = z.input<typeof categorySchema>
export type PriorityInput = z.input<typeof prioritySchema>
export type PartnerInput = z.input<typeof partnerSchema>
export type ProjectInput = z.input<typeof projectSchema>
export type SeminarEventInput = z.input<typeof eventSchema>
