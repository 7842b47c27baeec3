/**
 * Rule: the partners fit the charts. The matrix gives each partner a row, the timeline a lane and
 * the categories chart a bar, on one slide each; past `maxPartners` their labels fall under the
 * 20 px the hall can read. The charts' tests render this many (tests/fixtures/growth-deck/).
 */
import type { DeckRule } from './deck-rule'
import { listRef, problemAt } from '../problems'

export const maxPartners = 16

export const partnersFitTheCharts: DeckRule = deck => deck.partners.length <= maxPartners
  ? []
  : [problemAt(listRef('partners'), '(list)', `lists ${deck.partners.length} partners; the map, the bars, the matrix and the timeline fit at most ${maxPartners} on a slide: keep the ${maxPartners} the talk needs, or split the charts over two slides (docs/data.md, "How many partners fit")`)]
