/** Rule: the partner map can place every partner, as a shape or as a point (data/map-places.ts). */
import type { DeckRule } from './deck-rule'
import { unplaceableReason } from '../map-places'
import { problemAt } from '../problems'

export const partnersArePlacedOnTheMap: DeckRule = deck => deck.partners.flatMap(({ ref, value }) => {
  const reason = value.code === undefined ? undefined : unplaceableReason(value.code)
  return reason === undefined ? [] : [problemAt(ref, 'code', `the partner map cannot place it: ${reason}`)]
})
