/**
 * The cover's and the closing slide's motif: the partner network as orbits around Paris. France is
 * the hub at the centre; each type of partner has an orbit of its own (leading space players the
 * inner one, new entrants the outer one), with one mark per partner country, sized by its number of
 * cooperation projects and shaped as on the charts (circle or diamond, charts/category-marks.ts),
 * and a curved link from Paris. Decorative: it says nothing the charts do not, so it has no words.
 * No atlas and no projection either, so that it costs the first slide next to nothing.
 * Plain data, no DOM.
 */
import type { DeckEdition } from '../data/edition'
import type { CategoryId } from '../data/schema'
import type { CategoryMark } from './category-marks'
import { lookupsIn } from '../data/lookups'
import { categoryMarks } from './category-marks'

/** The motif's square viewBox. */
export const partnerOrbitsSize = 800

/** Orbit radii, innermost first, in the order of the data's types of partner. */
const orbitRadii = [190, 330]
/** Where the first mark of each orbit sits, in degrees clockwise from 12 o'clock: staggered orbits. */
const orbitStartAngles = [-60, -20]
/** A mark's radius for one project; it grows with the square root of the count, so its area is proportional. */
const markUnit = 9
/** How far each link bows away from the straight line, as a share of its length. */
const linkBow = 0.22

export interface OrbitMark {
  code: string
  category: CategoryId
  marker: CategoryMark['marker']
  x: number
  y: number
  /** The mark's radius (the circle's, or the diamond's half-diagonal). */
  radius: number
  /** The curved link from the hub, as an SVG path. */
  link: string
}

export interface PartnerOrbits {
  size: number
  hub: { x: number, y: number }
  orbits: { category: CategoryId, radius: number }[]
  marks: OrbitMark[]
}

export function layoutPartnerOrbits(edition: DeckEdition): PartnerOrbits {
  const { partnersIn, counts } = lookupsIn(edition)
  const centre = partnerOrbitsSize / 2
  const orbits = edition.categories.map((category, index) => {
    const radius = orbitRadii[index]
    if (radius === undefined)
      throw new Error(`The partner orbits have no orbit for partner type "${category.id}": add a radius to charts/partner-orbits.ts`)
    return { category: category.id, radius, startAngle: orbitStartAngles[index] ?? 0 }
  })
  const marks = orbits.flatMap(({ category, radius, startAngle }) => {
    const partners = partnersIn(category)
    return partners.map((partner, index): OrbitMark => {
      const angle = ((startAngle + (360 * index) / partners.length) * Math.PI) / 180
      const x = centre + radius * Math.sin(angle)
      const y = centre - radius * Math.cos(angle)
      // The control point: the link's midpoint, pushed sideways (a quarter turn) by the bow.
      const controlX = (centre + x) / 2 + (centre - y) * linkBow
      const controlY = (centre + y) / 2 + (x - centre) * linkBow
      return {
        code: partner.code,
        category,
        marker: categoryMarks[category].marker,
        x,
        y,
        radius: markUnit * Math.sqrt(counts.projectsPerPartner[partner.code]!),
        link: `M${centre},${centre}Q${controlX.toFixed(1)},${controlY.toFixed(1)} ${x.toFixed(1)},${y.toFixed(1)}`,
      }
    })
  })
  return {
    size: partnerOrbitsSize,
    hub: { x: centre, y: centre },
    orbits: orbits.map(({ category, radius }) => ({ category, radius })),
    marks,
  }
}
