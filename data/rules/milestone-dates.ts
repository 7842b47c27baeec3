/**
 * Rule: a milestone's `planned` flag agrees with its date and the deck's as-of date (`asOf` in
 * data/event.ts). Dates may be partial: a year or a month stands for the whole period, so an
 * achieved milestone must begin by the as-of date (achieved "2019-05" is fine, "2019-06" is not)
 * and a planned one must not have ended before it (planned "2019" is fine, "2019-04" is not).
 */
import type { DeckRule } from './deck-rule'
import { dataFiles, problemAt } from '../problems'

/**
 * Where a YYYY, YYYY-MM or YYYY-MM-DD period stands against a YYYY-MM-DD day. Both are zero-padded,
 * so comparing the period with the day cut to its precision compares them in time.
 */
export function periodAgainstDay(period: string, day: string): 'before' | 'contains' | 'after' {
  const dayAtPrecision = day.slice(0, period.length)
  return period < dayAtPrecision ? 'before' : period > dayAtPrecision ? 'after' : 'contains'
}

export const milestonesAgreeWithAsOf: DeckRule = (deck) => {
  const asOf = deck.event.value.asOf
  if (asOf === undefined)
    return []
  return deck.projects.flatMap(({ ref, value }) => (value.milestones ?? []).flatMap((milestone, i) => {
    if (milestone?.date === undefined || milestone.planned === undefined)
      return []
    const when = periodAgainstDay(milestone.date, asOf)
    if (milestone.planned && when === 'before')
      return [problemAt(ref, `milestones[${i}].planned`, `true, but its date "${milestone.date}" is before the as-of date ${asOf} (${dataFiles.event}): an achieved milestone is planned: false`)]
    if (!milestone.planned && when === 'after')
      return [problemAt(ref, `milestones[${i}].planned`, `false, but its date "${milestone.date}" is after the as-of date ${asOf} (${dataFiles.event}): a milestone still to come is planned: true`)]
    return []
  }))
}
