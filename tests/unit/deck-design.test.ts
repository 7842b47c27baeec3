/**
 * The design pass (issue 16), below the browser: the cover's and closing slide's motif is computed
 * from the partners (one mark per partner country, on its type's orbit, linked to Paris), and the
 * icons of the reasons and priorities are inlined by UnoCSS from the installed Iconify set, with
 * no fetch. How they look is checked in tests/e2e/visual.spec.ts and design.spec.ts.
 */
import { createGenerator } from 'unocss'
import { describe, expect, it } from 'vitest'
import { layoutPartnerOrbits, partnerOrbitsSize } from '../../charts/partner-orbits'
import { deck } from '../../data/deck'
import { editionOf } from '../../data/edition'
import { lookupsIn } from '../../data/lookups'
import { deckIcons } from '../../styles/icons'
import unoConfig from '../../uno.config'

const english = editionOf(deck, 'en')

describe('the partner orbits', () => {
  const motif = layoutPartnerOrbits(english)
  const { hub } = motif
  const distance = (mark: { x: number, y: number }) => Math.hypot(mark.x - hub.x, mark.y - hub.y)

  it('has one mark per partner country, in the data\'s order within each type', () => {
    expect(motif.marks.map(mark => mark.code).sort()).toEqual(english.partners.map(partner => partner.code).sort())
    for (const category of english.categories)
      expect(motif.marks.filter(mark => mark.category === category.id).map(mark => mark.code)).toEqual(lookupsIn(english).partnersIn(category.id).map(p => p.code))
  })

  it('puts each type on an orbit of its own around Paris, leading space players inside', () => {
    expect(hub).toEqual({ x: partnerOrbitsSize / 2, y: partnerOrbitsSize / 2 })
    const [inner, outer] = motif.orbits
    expect(inner!.category).toBe('leading')
    expect(outer!.category).toBe('new-entrant')
    expect(inner!.radius).toBeLessThan(outer!.radius)
    for (const mark of motif.marks) {
      const orbit = motif.orbits.find(o => o.category === mark.category)!
      expect(distance(mark), mark.code).toBeCloseTo(orbit.radius, 6)
      // Inside the viewBox, mark and all.
      for (const coordinate of [mark.x, mark.y])
        expect(coordinate - mark.radius * 1.25 >= 0 && coordinate + mark.radius * 1.25 <= partnerOrbitsSize, mark.code).toBe(true)
    }
  })

  it('spaces the marks of an orbit evenly, and shapes them as the charts do', () => {
    for (const orbit of motif.orbits) {
      const marks = motif.marks.filter(mark => mark.category === orbit.category)
      const gaps = marks.map((mark, i) => {
        const next = marks[(i + 1) % marks.length]!
        return Math.hypot(next.x - mark.x, next.y - mark.y)
      })
      for (const gap of gaps)
        expect(gap).toBeCloseTo(gaps[0]!, 6)
    }
    expect(new Set(motif.marks.filter(m => m.category === 'leading').map(m => m.marker))).toEqual(new Set(['circle']))
    expect(new Set(motif.marks.filter(m => m.category === 'new-entrant').map(m => m.marker))).toEqual(new Set(['diamond']))
  })

  it('sizes a mark by its partner\'s projects (area proportional), and links it from Paris', () => {
    const { counts } = lookupsIn(english)
    const us = motif.marks.find(mark => mark.code === 'US')!
    const de = motif.marks.find(mark => mark.code === 'DE')!
    expect(us.radius ** 2 / de.radius ** 2).toBeCloseTo(counts.projectsPerPartner.US! / counts.projectsPerPartner.DE!, 6)
    for (const mark of motif.marks) {
      expect(mark.link.startsWith(`M${hub.x},${hub.y}Q`), mark.code).toBe(true)
      expect(mark.link.endsWith(`${mark.x.toFixed(1)},${mark.y.toFixed(1)}`), mark.code).toBe(true)
    }
  })

  it('is the same motif in French', () => {
    expect(layoutPartnerOrbits(editionOf(deck, 'fr'))).toEqual(motif)
  })
})

describe('the deck\'s icons', () => {
  it('give the three reasons and the three priorities an icon each, all different, all from one set', () => {
    const ids = Object.keys(deckIcons)
    expect(ids).toEqual(expect.arrayContaining([...english.priorities.map(p => p.id), 'ambition', 'excellence', 'mirror']))
    expect(ids).toHaveLength(6)
    expect(new Set(Object.values(deckIcons)).size).toBe(6)
    for (const icon of Object.values(deckIcons))
      expect(icon).toMatch(/^i-ph-[a-z-]+-duotone$/)
  })

  it('are inlined in the CSS as SVG data, from the installed set', async () => {
    const { css } = await (await createGenerator(unoConfig)).generate('', { preflights: false })
    for (const icon of Object.values(deckIcons)) {
      const rule = new RegExp(`\\.${icon}\\{([^}]*)\\}`).exec(css)?.[1]
      expect(rule, icon).toBeDefined()
      // One URL, the icon's own SVG as data: nothing to fetch.
      expect(rule!.match(/url\(/g), icon).toHaveLength(1)
      expect(rule, icon).toContain('url("data:image/svg+xml;utf8,%3Csvg ')
    }
  })
})
