/**
 * The one place where the real data's own figures are written down: how many partners of each type,
 * which, how many projects and facts, and a few charts' sentences that say them, as a screen reader
 * does. Every other test takes its expectations from the data, so a
 * deliberate edit of data/ (a partner added next year) changes this file and nothing else in tests/.
 */
import type { DeckEdition } from '../../data/edition'
import { describe, expect, it } from 'vitest'
import { loadCountries } from '../../charts/atlas'
import { layoutCooperationTimeline } from '../../charts/cooperation-timeline'
import { projectPartnerMap } from '../../charts/map-projection'
import { layoutPartnerCategories } from '../../charts/partner-categories'
import { layoutPartnerMap } from '../../charts/partner-map'
import { layoutPriorityMatrix } from '../../charts/priority-matrix'
import { deck } from '../../data/deck'
import { editionOf } from '../../data/edition'
import { deckCounts } from '../../data/lookups'

const countries = await loadCountries()
const editions = [editionOf(deck, 'en'), editionOf(deck, 'fr')]

/** The partners in the article's order, with their projects (fact-sheet rows). */
const projectsPerPartner = { US: 4, CN: 4, RU: 4, IN: 4, JP: 4, DE: 3, AE: 4, SG: 4, MA: 4, VN: 4, IL: 3 }

describe('the real data\'s figures', () => {
  it('has 11 partners, 6 leading and 5 new entrants, in the article\'s order', () => {
    expect(deck.partners.map(p => p.code)).toEqual(Object.keys(projectsPerPartner))
    expect(deck.partners.filter(p => p.category === 'leading').map(p => p.code)).toEqual(['US', 'CN', 'RU', 'IN', 'JP', 'DE'])
    expect(deck.partners.filter(p => p.category === 'new-entrant').map(p => p.code)).toEqual(['AE', 'SG', 'MA', 'VN', 'IL'])
  })

  it('has 40 projects carrying 42 partner links and the 42 facts of the sheet, in its order', () => {
    expect(deck.projects).toHaveLength(40)
    expect(deck.projects.flatMap(p => p.partners)).toHaveLength(42)
    const facts = deck.projects.flatMap(p => p.factIds)
    expect(new Set(facts).size).toBe(42)
    for (const [code, n] of Object.entries(projectsPerPartner)) {
      expect(deck.projects.filter(p => p.partners.includes(code)), code).toHaveLength(n)
      expect(facts.filter(f => f.startsWith(code)), code).toHaveLength(n)
    }
    // Records follow the sheet: each project's first fact id comes after the previous one's
    const order = Object.keys(projectsPerPartner)
    const rank = (fact: string): number => order.indexOf(fact.slice(0, 2)) * 100 + Number(fact.slice(2))
    const firsts = deck.projects.map(p => rank(p.factIds[0]!))
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b))
  })

  it('counts them as the slides show them', () => {
    expect(deckCounts(deck)).toEqual({
      partners: 11,
      projects: 40,
      priorities: 3,
      partnersPerCategory: { 'leading': 6, 'new-entrant': 5 },
      // MASCOT and the MMX rover are Japan's and Germany's: counted once for the leading players.
      projectsPerCategory: { 'leading': 21, 'new-entrant': 19 },
      projectsPerPriority: { climate: 17, exploration: 12, innovation: 11 },
      projectsPerPartner,
    })
  })
})

describe('a few sentences, as a screen reader says them', () => {
  const [english, french] = editions as [DeckEdition, DeckEdition]

  it('the map\'s summary and a control\'s name', () => {
    expect(layoutPartnerMap(english, undefined, 'hatch').text.summary).toBe('France, with CNES in Paris, at the centre of its partnerships. '
      + 'Leading space players: United States (4 cooperation projects), China (4 cooperation projects), Russia (4 cooperation projects), India (4 cooperation projects), Japan (4 cooperation projects), Germany (3 cooperation projects). '
      + 'New entrants: United Arab Emirates (4 cooperation projects), Singapore (4 cooperation projects), Morocco (4 cooperation projects), Vietnam (4 cooperation projects), Israel (3 cooperation projects).')
    const uae = (edition: DeckEdition) => layoutPartnerMap(edition, projectPartnerMap(edition, countries), 'hatch').partners.find(p => p.code === 'AE')!.controlLabel
    expect(uae(english)).toBe('UAE (United Arab Emirates), new entrants: 4 cooperation projects')
    expect(uae(french)).toBe('EAU (Émirats arabes unis), nouveaux entrants\u00A0: 4 projets de coopération')
  })

  it('the categories\' panels', () => {
    expect(layoutPartnerCategories(english).panels.map(p => p.count)).toEqual(['6 countries · 21 projects', '5 countries · 19 projects'])
  })

  it('the matrix\'s summary', () => {
    expect(layoutPriorityMatrix(english).text.summary).toMatch(/^Climate: 17 projects; Exploration: 12 projects; Innovation: 11 projects\. United States: climate 2, exploration 2, innovation 0; China: /)
    expect(layoutPriorityMatrix(french).text.summary).toMatch(/; Singapour\u00A0: climat 0, exploration 0, innovation 4\u00A0; Maroc\u00A0: climat 4, /)
  })

  it('the timeline\'s summary', () => {
    // Each event once: Hayabusa2's launch and MASCOT's landing, MMX's joint statement and planned
    // launch, are shared by Japan and Germany.
    expect(layoutCooperationTimeline(english).text.summary).toBe('From 1966 to 13 May 2019: 27 agreements, 10 launches and 2 landings with CNES\'s partners, 31 of them since 2014. '
      + 'Then planned: ExoMars (2020), Mars 2020 / SuperCam (July 2020), SVOM (2021), SWOT (2021), Chang\'e-6 payload (2023), MMX rover (2024).')
    expect(layoutCooperationTimeline(french).text.summary).toMatch(/^De 1966 au 13 mai 2019\u00A0: 27 accords, 10 lancements et 2 atterrissages avec les partenaires du CNES, dont 31 depuis 2014\./)
  })
})
