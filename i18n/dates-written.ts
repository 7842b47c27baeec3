/**
 * The deck's own dates (the seminar's and the as-of date, which slide 1, every slide's footer and
 * the "as of" notes show), written as the edition's language writes them (i18n/format.ts), keyed by
 * the date as recorded. The build writes them in Node (setup/dates-written.ts), so that the
 * components' formatters (i18n/index.ts) look them up instead of making a date formatter in the
 * browser: making the first one loads the language's calendar data, 30-60 ms of the deck's start on
 * this machine (four times that on Lighthouse's phone), in the task that draws slide 1. The
 * projects' dates, on later slides, are written there when they are first drawn: all of them in
 * this table put the French slide 1's first visit over its byte budget (167.9 KB gzipped, where
 * 0.80× the bare deck's is 167.8).
 */
import type { DeckEdition } from '../data/edition'
import { formattersFor } from './format'

export function datesWrittenIn({ locale, event }: DeckEdition): Record<string, string> {
  const { date } = formattersFor(locale)
  return Object.fromEntries([event.date, event.asOf].map(value => [value, date(value)]))
}
