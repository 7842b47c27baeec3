/**
 * Formats the data's partial dates (YYYY, YYYY-MM, YYYY-MM-DD) at the precision they were
 * recorded, so a month-only source never gains an invented day: "13 May 2019", "May 2019", "2019".
 */
const locale = 'en-GB'
const fullDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })

export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number)
  if (year === undefined || Number.isNaN(year))
    throw new Error(`formatPartialDate: "${value}" is not a YYYY[-MM[-DD]] date`)
  if (month === undefined)
    return String(year)
  const date = new Date(Date.UTC(year, month - 1, day ?? 1))
  return (day === undefined ? monthYear : fullDate).format(date)
}
