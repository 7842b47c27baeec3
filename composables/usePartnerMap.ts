/**
 * Geometry of the partner map: an Equal Earth projection of the world (d3-geo) fitted to the
 * chart, each country's outline as an SVG path, France as the hub, and for every partner an
 * anchor, a label position and a great-circle link from Paris. Plain data, no DOM.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson'
import type { DeckEdition } from '../data/edition'
import type { CategoryId } from '../data/schema'
import type { AtlasCountry } from './atlas'
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo'
import { atlasIds, atlasPoints } from './atlas'

export const partnerMapFrame = { width: 1696, height: 690 } as const

type Align = 'start' | 'middle' | 'end'
/**
 * Where a partner's label sits relative to its anchor, in viewBox units, where the default (on the
 * country) would collide: Europe and the Middle East are crowded at world scale.
 */
const labelOffsets: Readonly<Record<string, { dx: number, dy: number, align: Align }>> = {
  FR: { dx: -96, dy: -16, align: 'end' },
  DE: { dx: 8, dy: -72, align: 'middle' },
  MA: { dx: -72, dy: 24, align: 'end' },
  IL: { dx: -16, dy: 76, align: 'middle' },
  AE: { dx: 0, dy: 110, align: 'middle' },
  IN: { dx: -8, dy: 8, align: 'middle' },
  VN: { dx: 56, dy: -4, align: 'start' },
  SG: { dx: -36, dy: 44, align: 'end' },
  JP: { dx: 56, dy: 8, align: 'start' },
}

export interface MapCountry {
  /** ISO 3166-1 numeric code (world-atlas id). */
  id: string
  d: string
  /** The partner's alpha-2 code, 'FR' for the hub, undefined for other countries. */
  code?: string
  role: 'hub' | 'partner' | 'other'
  category?: CategoryId
}

export interface MapPartner {
  code: string
  name: string
  category: CategoryId
  projects: number
  /** Where the partner is: its largest landmass's centroid, or its point. */
  anchor: { x: number, y: number }
  label: { x: number, y: number, align: Align }
  /** Too small for the 1:110m atlas: drawn as a point. */
  isPoint: boolean
  /** Great-circle arc from Paris, as an SVG path. */
  link: string
}

export interface PartnerMap {
  width: number
  height: number
  countries: MapCountry[]
  hub: { x: number, y: number, label: { x: number, y: number, align: Align } }
  partners: MapPartner[]
}

type Point = [number, number]

/** The centroid of a country's largest polygon: the US label sits on the mainland, not near Alaska. */
function mainlandCentroid(country: Feature<Geometry>): Point {
  const geometry = country.geometry
  if (geometry.type !== 'MultiPolygon')
    return geoCentroid(country)
  const polygons: Polygon[] = (geometry as MultiPolygon).coordinates.map(coordinates => ({ type: 'Polygon', coordinates }))
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a))
  return geoCentroid(largest)
}

/** The map's geometry for the atlas's countries (from `loadCountries()`). */
export function usePartnerMap(countries: readonly AtlasCountry[], data: DeckEdition): PartnerMap {
  const { width, height } = partnerMapFrame
  const projection = geoEqualEarth().fitExtent([[0, 0], [width, height]], { type: 'FeatureCollection', features: [...countries] })
  const path = geoPath(projection)
  const project = (lonLat: Point) => {
    const xy = projection(lonLat)
    if (!xy)
      throw new Error(`The map projection cannot place [${lonLat.join(', ')}]`)
    return { x: xy[0], y: xy[1] }
  }
  const byAtlasId = new Map(countries.map(country => [String(country.id), country]))
  const codeByAtlasId = new Map(Object.entries(atlasIds).map(([code, id]) => [id, code]))
  const partnerByCode = new Map(data.partners.map(partner => [partner.code, partner]))

  const mapCountries: MapCountry[] = countries.map((country) => {
    const id = String(country.id)
    const code = codeByAtlasId.get(id)
    const partner = code === undefined ? undefined : partnerByCode.get(code)
    const role = code === 'FR' ? 'hub' : partner ? 'partner' : 'other'
    return { id, d: path(country) ?? '', role, ...(role === 'other' ? {} : { code }), ...(partner ? { category: partner.category } : {}) }
  })

  const paris = atlasPoints.Paris!
  const placeLabel = (code: string, anchor: { x: number, y: number }) => {
    const offset = labelOffsets[code] ?? { dx: 0, dy: 0, align: 'middle' as const }
    return { x: anchor.x + offset.dx, y: anchor.y + offset.dy, align: offset.align }
  }

  const partners = data.partners.map((partner): MapPartner => {
    const atlasId = atlasIds[partner.code]
    const country = atlasId === undefined ? undefined : byAtlasId.get(atlasId)
    const point = atlasPoints[partner.code]
    const lonLat: Point | undefined = country ? mainlandCentroid(country) : point ? [point[0], point[1]] : undefined
    if (!lonLat)
      throw new Error(`The partner map has no shape or point for partner ${partner.code} (${partner.name}): add it to composables/atlas.ts`)
    const anchor = project(lonLat)
    return {
      code: partner.code,
      name: partner.shortName ?? partner.name,
      category: partner.category,
      projects: data.projects.filter(p => p.partners.includes(partner.code)).length,
      anchor,
      label: placeLabel(partner.code, anchor),
      isPoint: !country,
      link: path({ type: 'LineString', coordinates: [[...paris], lonLat] }) ?? '',
    }
  })

  const hubAnchor = project([...paris])
  return { width, height, countries: mapCountries, hub: { ...hubAnchor, label: placeLabel('FR', hubAnchor) }, partners }
}
