/**
 * Dates, counts and lists the way each language writes them (Intl): "13 May 2019" and
 * "13 mai 2019"; "Japan and Germany" and "Japon et Allemagne"; "1 project" and "0 projet".
 */
import type { Locale } from './locales'
import { intlLocale } from './locales'

export interface Formatters {
  /**
   * A data date (YYYY, YYYY-MM, YYYY-MM-DD) at the precision it was recorded, so that a
   * month-only source never gains an invented day: "13 May 2019", "May 2019", "2019".
   */
  date: (value: string) => string
  /** A count with the noun in the form the number takes: count(1, 'project', 'projects'). */
  count: (n: number, one: string, other: string) => string
  /** "A, B and C". */
  list: (items: readonly string[]) => string
}

/** `make()` on the first call, its result after. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}

/**
 * `datesWritten`: dates already written as `date` writes them, looked up (at each call, so that
 * entries added later count) before a formatter is made (the edition's, written in Node when the
 * deck is built: i18n/dates-written.ts says why).
 */
export function formattersFor(locale: Locale, datesWritten: Readonly<Record<string, string>> = {}): Formatters {
  const tag = intlLocale[locale]
  // Each Intl object is made when first used: making one loads locale data, which a phone pays for
  // before slide 1 shows (the first date formatter alone took 30-60 ms here).
  const fullDate = once(() => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }))
  const monthYear = once(() => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }))
  const number = once(() => new Intl.NumberFormat(tag))
  const plural = once(() => new Intl.PluralRules(tag))
  const conjunction = once(() => new Intl.ListFormat(tag, { type: 'conjunction' }))
  return {
    date(value) {
      const written = datesWritten[value]
      if (written !== undefined)
        return written
      const [year, month, day] = value.split('-').map(Number)
      if (year === undefined || Number.isNaN(year))
        throw new Error(`formatters.date: "${value}" is not a YYYY[-MM[-DD]] date`)
      if (month === undefined)
        return String(year)
      const date = new Date(Date.UTC(year, month - 1, day ?? 1))
      return (day === undefined ? monthYear() : fullDate()).format(date)
    },
    count: (n, one, other) => `${number().format(n)} ${plural().select(n) === 'one' ? one : other}`,
    list: items => conjunction().format(items),
  }
}
