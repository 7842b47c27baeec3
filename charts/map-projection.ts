/**
 * The partner map's geometry: an Equal Earth projection of the atlas (d3-geo) fitted to the map's
 * frame, each country's outline as an SVG path, and for every partner an anchor and a
 * great-circle link from Paris. Plain functions of the edition and the atlas's countries
 * (charts/atlas.ts): the build runs them in Node (charts/vite-plugin.ts), so the browser gets the
 * paths, at the precision they are drawn, and none of d3-geo, topojson-client or the atlas.
 * charts/partner-map.ts lays the map out from what they return.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson'
import type { DeckEdition } from '../data/edition'
import type { AtlasCountry } from './atlas'
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo'
import { partnerMapFrame } from './map-frame'

/** [longitude, latitude] of Paris, CNES's head office: the hub every link starts from. */
export const paris: readonly [number, number] = [2.35, 48.86]

/**
 * The paths' unit: a viewBox unit, a pixel of the 1920-wide slide. Finer would be
 * finer than 1:110m boundaries are (a unit is 25 km of the equator here) and than a
 * projector shows; the outlines' path data is about half the bytes it is at a tenth of a unit.
 */
const round = Math.round

/** One country's outline: its ISO 3166-1 numeric code (world-atlas id) and its SVG path. */
export interface MapOutline {
  id: string
  d: string
}

export interface MapPoint { x: number, y: number }

/** A partner the projection places. */
export interface PlacedPartner {
  code: string
  /** Where the partner is: its largest landmass's centroid, or its point. */
  anchor: MapPoint
  /** No shape in the atlas (too small for 1:110m): drawn as a point. */
  isPoint: boolean
  /** Great-circle arc from Paris, as an SVG path. */
  link: string
}

/** Where the edition's hub and partners are on the map: small, and the same in every language. */
export interface MapPlaces {
  hub: MapPoint
  /** Every partner the projection places, in the data's order. */
  partners: PlacedPartner[]
  /** The codes of the partners it cannot place. */
  unplaced: string[]
}

/** Everything the map draws that is geometry: where its partners are, and the countries' outlines. */
export interface PartnerMapGeometry extends MapPlaces {
  /** Every country of the atlas, Antarctica left out; none when they could not be loaded. */
  outlines: readonly MapOutline[]
}

type Point = [number, number]

/** Two numbers of SVG path data; the second's minus sign separates them, as the path syntax allows. */
const pair = (a: number, b: number): string => `${a}${b < 0 ? '' : ','}${b}`

/**
 * An SVG path context for d3-geo that writes whole units: each ring from an absolute point (M),
 * then relative lines (l), the shortest form of path data, and no point that rounds to the one
 * before it (1:110m outlines have many within a pixel of each other at this scale).
 */
class RoundedPath {
  private data = ''
  private last: [number, number] = [0, 0]
  private lines = 0
  moveTo(x: number, y: number): void {
    this.last = [round(x), round(y)]
    this.data += `M${pair(...this.last)}`
    this.lines = 0
  }

  lineTo(x: number, y: number): void {
    const [dx, dy] = [round(x) - this.last[0], round(y) - this.last[1]]
    if (dx === 0 && dy === 0)
      return
    this.data += `${this.lines === 0 ? 'l' : dx < 0 ? '' : ' '}${pair(dx, dy)}`
    this.last = [this.last[0] + dx, this.last[1] + dy]
    this.lines++
  }

  closePath(): void {
    this.data += 'z'
  }

  beginPath(): void {}
  arc(): void {
    throw new Error('the map draws no point geometries as paths')
  }

  take(): string {
    const path = this.data
    this.data = ''
    return path
  }
}

/** The map's projection: Equal Earth fitted to the countries (the whole globe when there are none). */
export function fittedProjection(countries: readonly AtlasCountry[]) {
  const { width, height } = partnerMapFrame
  const extent = countries.length > 0 ? { type: 'FeatureCollection' as const, features: [...countries] } : { type: 'Sphere' as const }
  return geoEqualEarth().fitExtent([[0, 0], [width, height]], extent)
}

function pathMaker(countries: readonly AtlasCountry[]): (object: Parameters<ReturnType<typeof geoPath>>[0]) => string {
  const context = new RoundedPath()
  const path = geoPath(fittedProjection(countries), context)
  return (object) => {
    path(object)
    return context.take()
  }
}

/** The countries' outlines, projected and rounded. */
export function projectOutlines(countries: readonly AtlasCountry[]): MapOutline[] {
  const path = pathMaker(countries)
  return countries.map(country => ({ id: String(country.id), d: path(country) }))
}

/** The centroid of a country's largest polygon: the US label sits on the mainland, not near Alaska. */
function mainlandCentroid(country: Feature<Geometry>): Point {
  const geometry = country.geometry
  if (geometry.type !== 'MultiPolygon')
    return geoCentroid(country)
  const polygons: Polygon[] = (geometry as MultiPolygon).coordinates.map(coordinates => ({ type: 'Polygon', coordinates }))
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a))
  return geoCentroid(largest)
}

const isFinitePoint = (xy: Point | null): xy is Point => xy !== null && Number.isFinite(xy[0]) && Number.isFinite(xy[1])

/**
 * Where the edition's hub and partners are: each partner at its shape's mainland, or at its point
 * (data/map-places.ts) when it has none in these countries; one the projection cannot place
 * (no finite point) is listed in `unplaced`.
 */
export function placePartners(edition: DeckEdition, countries: readonly AtlasCountry[]): MapPlaces {
  const projection = fittedProjection(countries)
  const path = pathMaker(countries)
  const byAtlasId = new Map(countries.map(country => [String(country.id), country]))
  const unplaced: string[] = []
  const partners = edition.partners.flatMap((partner): PlacedPartner[] => {
    const { place } = partner
    const country = place.kind === 'shape' ? byAtlasId.get(place.id) : undefined
    const lonLat: Point = country ? mainlandCentroid(country) : [place.lon, place.lat]
    const xy = projection(lonLat)
    if (!isFinitePoint(xy)) {
      unplaced.push(partner.code)
      return []
    }
    return [{
      code: partner.code,
      anchor: { x: xy[0], y: xy[1] },
      isPoint: !country,
      link: path({ type: 'LineString', coordinates: [[...paris], lonLat] }),
    }]
  })
  const [x, y] = projection([...paris])!
  return { hub: { x, y }, partners, unplaced }
}

/** The whole map's geometry for an edition, from the atlas's countries (`await loadCountries()` in Node). */
export function projectPartnerMap(edition: DeckEdition, countries: readonly AtlasCountry[]): PartnerMapGeometry {
  return { ...placePartners(edition, countries), outlines: projectOutlines(countries) }
}
