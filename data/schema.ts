/**
 * The one runtime schema of the deck's data. Every type the slides and components use is inferred
 * from it (`z.infer`), so the data files, the validator and the components cannot drift apart.
 */
import { z } from 'zod'
import { isIso3166Alpha2 } from './iso-3166'

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

/** A real calendar date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a calendar date')

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
  name: text,
  /** How the source article describes this kind of partner. */
  description: text,
})

export const prioritySchema = z.strictObject({
  id: z.enum(priorityIds),
  name: text,
  description: text,
})

export const partnerSchema = z.strictObject({
  code: countryCode,
  name: text,
  /** Where space is tight (chart labels); defaults to the name. */
  shortName: text.max(14, 'must be at most 14 characters (it labels charts)').optional(),
  category: z.enum(categoryIds),
  /** CNES's counterpart bodies in that country, e.g. "NASA". */
  counterparts: text,
})

export const milestoneSchema = z.strictObject({
  date: partialDate,
  kind: z.enum(milestoneKinds),
  /** What happened, or was planned, on that date. */
  label: text,
  /** True for a plan as reported by May 2019 (e.g. a launch not yet flown), false for an achieved fact. */
  planned: z.boolean(),
})

export const projectSchema = z.strictObject({
  /** Stable slug, e.g. "swot". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "jason-3"'),
  /** Row numbers in shared/facts/partner-projects.md, e.g. ["JP1", "DE2"]. */
  factIds: z.array(z.string().regex(/^[A-Z]{2}\d+$/, 'must look like "US1"')).min(1, 'must not be empty'),
  name: text,
  /** Label for charts, at most 24 characters so it stays legible at chart size. */
  shortName: text.max(24, 'must be at most 24 characters (it labels charts)'),
  /** ISO codes of the partner countries involved. */
  partners: z.array(countryCode).min(1, 'must name at least one partner'),
  priority: z.enum(priorityIds),
  /** Present when the priority tag is an editorial judgement call rather than a fact; says why. */
  priorityJudgement: text.optional(),
  status: z.enum(projectStatuses),
  /** Status as of 13 May 2019, one line. */
  statusNote: text,
  /** One-line description. */
  description: text,
  milestones: z.array(milestoneSchema).min(1, 'must list at least one dated milestone'),
  sources: z.array(sourceUrl).min(1, 'must cite at least one source URL'),
  confidence: z.enum(confidenceLevels),
})

export const eventSchema = z.strictObject({
  title: text,
  subtitle: text,
  name: text,
  venue: text,
  date: partialDate,
  speaker: text,
  speakerRole: text,
  /** The speaker's organisation, credited with the speaker as the exports' author. */
  speakerAffiliation: text,
  /** The article the deck is built from. */
  source: sourceUrl,
  /** Status dates in the data are as of this day. */
  asOf: partialDate,
})

export type CategoryId = (typeof categoryIds)[number]
export type PriorityId = (typeof priorityIds)[number]
export type ProjectStatus = (typeof projectStatuses)[number]
export type Category = z.infer<typeof categorySchema>
export type Priority = z.infer<typeof prioritySchema>
export type Partner = z.infer<typeof partnerSchema>
export type Milestone = z.infer<typeof milestoneSchema>
export type Project = z.infer<typeof projectSchema>
export type SeminarEvent = z.infer<typeof eventSchema>

/** What the raw data files are written as: the schema's input, checked by TypeScript before zod. */
export type CategoryInput = z.input<typeof categorySchema>
export type PriorityInput = z.input<typeof prioritySchema>
export type PartnerInput = z.input<typeof partnerSchema>
export type ProjectInput = z.input<typeof projectSchema>
export type SeminarEventInput = z.input<typeof eventSchema>
