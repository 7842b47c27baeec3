/**
 * The checks across records, run in this order after the schema pass (data/validate.ts). Each is a
 * DeckRule (data/rules/deck-rule.ts): a function of the checked records returning its problems. To
 * add one, write it in a file of its own here and add it to this list, one line.
 */
import type { DeckRule } from './deck-rule'
import { partnersFitTheCharts } from './capacity'
import { everyCategoryHasARecord, everyCategoryHasPartners, everyPartnerHasAProject, everyPriorityHasARecord, everyPriorityIsUsed } from './coverage'
import { partnersArePlacedOnTheMap } from './map-places'
import { milestonesAgreeWithAsOf } from './milestone-dates'
import { projectPartnersAreListed, projectPartnersNamedOnce } from './references'
import { uniqueFactIds, uniqueIds, uniqueNamesPerLanguage } from './unique'

export type { CheckedDeck, DeckRule } from './deck-rule'

export const deckRules: readonly DeckRule[] = [
  uniqueIds,
  uniqueNamesPerLanguage,
  uniqueFactIds,
  everyCategoryHasARecord,
  everyPriorityHasARecord,
  projectPartnersAreListed,
  projectPartnersNamedOnce,
  everyCategoryHasPartners,
  everyPartnerHasAProject,
  everyPriorityIsUsed,
  milestonesAgreeWithAsOf,
  partnersArePlacedOnTheMap,
  partnersFitTheCharts,
]
