/**
 * Every word the components show or announce that is not in data/: one table per language, each
 * typed as `Messages`, so that a message missing from a language is a type error.
 * Counts and dates inside messages go through the language's formatters (i18n/format.ts).
 */
import type { MilestoneKind, ProjectStatus } from '../data/schema'
import type { Formatters } from './format'
import type { Locale } from './locales'
import { formattersFor } from './format'
import { english } from './messages.en'
import { french } from './messages.fr'

export type TimelineKind = Exclude<MilestoneKind, 'milestone'>

export interface Messages {
  /**
   * The other edition, linked from the cover: `lang` is its language, `labelLang` the language
   * the label is written in (French readers of the English deck are greeted in French).
   */
  otherEdition: { label: string, labelLang: Locale, lang: Locale }
  /** "Climate: 4 projects", with the language's spacing before the colon. */
  labelled: (label: string, value: string) => string
  /** Clauses joined by semicolons, with the language's spacing. */
  clauses: (items: readonly string[]) => string
  /** "4 projects". */
  projects: (n: number) => string
  /** "4 cooperation projects". */
  cooperationProjects: (n: number) => string
  status: Record<ProjectStatus, string>
  /** Before a planned milestone, in a list ("planned") and on a card ("Planned"). */
  planned: string
  plannedTag: string
  dataTable: string
  close: string
  closeDetails: string
  /** The drill-down's line under its heading: "3 projects, status as of 13 May 2019". */
  detailsAsOf: (projects: number, asOf: string) => string
  /** After a project's status, its partner countries: "with Japan and Germany". */
  withPartners: (partners: readonly string[]) => string
  source: string
  /** On a project card, its partner countries: "CNES with the United States". */
  cnesWith: (partners: readonly string[]) => string
  statusAsOfSources: (asOf: string, hosts: string) => string
  summary: { partnerCountries: string, cooperationProjects: string, priorities: string }
  /** Said by the slide announcer when a slide has no title. */
  slide: (no: number) => string
  /** The presenter window's title, before the slide's. */
  presenterTitle: (slide: string) => string
  /** The hosted deck's presenter view, in place of the notes it does not ship: where they are. */
  hostedNotes: { heading: string, where: string }
  /** The hosted deck's note that a newer deploy is there, its action and its dismissal. */
  deckUpdate: { available: string, show: string, later: string }
  /** The reading view (reading/): the deck as one page for a phone, and the controls between it and the slides. */
  reading: {
    /** The page's title, after the deck's. */
    title: (deckTitle: string) => string
    /** The control from the reading view to the slides, and the deck's control back. */
    toSlides: string
    toReading: string
    /** Heads the reading view's list of slides. */
    contents: string
    /** Heads a partner's events in the timeline, read per partner. */
    events: (n: number) => string
  }
  /** The exported files' own words (document subject, the handout's labels). */
  exports: {
    subject: (eventName: string, venue: string, date: string) => string
    handoutTitle: (deckTitle: string) => string
    slideOf: (no: number, total: number) => string
    speakerNotes: string
  }
  columns: { country: string, partnerType: string, cooperationProjects: string, date: string, partner: string, project: string, event: string }
  map: {
    title: string
    summaryIntro: string
    tableCaption: string
    hint: string
    hub: string
    hubLegend: string
    /** Heads the list of partners the map could not place, beside it. */
    unplaced: string
    hatched: (name: string) => string
    caption: (asOf: string) => string
  }
  categoriesChart: {
    title: string
    tableCaption: string
    panelCount: (countries: number, projects: number) => string
    caption: (asOf: string) => string
  }
  matrix: {
    title: string
    tableCaption: string
    hint: string
    none: string
    caption: (asOf: string) => string
  }
  timeline: {
    title: string
    tableCaption: string
    kinds: Record<TimelineKind, string>
    plannedThen: string
    /** A row of the data table: "Launch (planned): SWOT launch". */
    event: (kind: string, planned: boolean, label: string) => string
    /** Before the priorities' colour key. */
    colour: string
    summary: (facts: { firstYear: number, asOf: string, agreements: number, launches: number, landings: number, sinceYear: number, since: number, planned: string }) => string
    key: (asOf: string) => string
  }
}

export const messages: Record<Locale, (format: Formatters) => Messages> = { en: english, fr: french }

export interface Words {
  format: Formatters
  ui: Messages
}

const wordsByLocale = new Map<Locale, { words: Words, datesWritten: Record<string, string> }>()

/**
 * A language's formatters and messages, together; made once per language, so that the components
 * (i18n/index.ts) and the charts' layouts share one set. `datesWritten`: dates already written as
 * `format.date` writes them (the build's, i18n/dates-written.ts), which that set then looks up
 * instead of making a date formatter, whichever caller made it.
 */
export function wordsIn(locale: Locale, datesWritten: Readonly<Record<string, string>> = {}): Words {
  let made = wordsByLocale.get(locale)
  if (made === undefined) {
    const written: Record<string, string> = {}
    const format = formattersFor(locale, written)
    made = { words: { format, ui: messages[locale](format) }, datesWritten: written }
    wordsByLocale.set(locale, made)
  }
  Object.assign(made.datesWritten, datesWritten)
  return made.words
}
