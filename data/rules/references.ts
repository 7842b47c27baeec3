/** Rules: a project's partners are partners the deck lists, each named once. */
import type { DeckRule } from './deck-rule'
import { dataFiles, problemAt } from '../problems'
import { allHaveValid } from './deck-rule'

export const projectPartnersAreListed: DeckRule = (deck) => {
  // A partner whose code failed its own check would make every project naming it a false error
  if (!allHaveValid(deck.partners, 'code'))
    return []
  const codes = new Set(deck.partners.map(partner => partner.value.code))
  return deck.projects.flatMap(({ ref, value }) => (value.partners ?? []).flatMap((code, i) =>
    code === undefined || codes.has(code) ? [] : [problemAt(ref, `partners[${i}]`, `"${code}" is not a partner listed in ${dataFiles.partners}`)]))
}

export const projectPartnersNamedOnce: DeckRule = deck => deck.projects.flatMap(({ ref, value }) => (value.partners ?? []).flatMap((code, i, codes) =>
  code !== undefined && codes.indexOf(code) !== i ? [problemAt(ref, `partners[${i}]`, `names "${code}" twice`)] : []))
