/**
 * The partner map: an Equal Earth projection of the world (d3-geo) fitted to the chart, each
 * country's outline as an SVG path, France as the hub, and for every partner an anchor, a label
 * position and a great-circle link from Paris; leading space players show with the slide, new
 * entrants on the first click. The shapes wait for the atlas (charts/atlas.ts), loaded when the
 * slide is near; the words do not: the summary, the data table, the controls' names and the
 * drill-down are there at once. Plain data, no DOM.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson'
import type { DeckEdition } from '../data/edition'
import type { CategoryId } from '../data/schema'
import type { RevealStep } from '../utils/reveal-step'
import type { AtlasCountry } from './atlas'
import type { ChartDetails, ChartLayout } from './chart-text'
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo'
import { lookupsIn } from '../data/lookups'
import { wordsIn } from '../i18n/messages'
import { revealStep } from '../utils/reveal-step'
import { atlasIds, atlasPoints } from './atlas'
import { categoryMarks } from './category-marks'
import { overlayStyle } from './overlay'

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

interface MapLabel { x: number, y: number, align: Align }

export interface MapPartner {
  code: string
  name: string
  category: CategoryId
  projects: number
  /** Where the partner is: its largest landmass's centroid, or its point. */
  anchor: { x: number, y: number }
  label: MapLabel
  /** The label's place over the SVG (charts/overlay.ts). */
  labelStyle: Record<string, string>
  /** The label's end of the line from the anchor, relative to it, where the label sits apart. */
  leader?: { x: number, y: number }
  /** The label's accessible name: "UAE (United Arab Emirates), new entrants: 4 cooperation projects". */
  controlLabel: string
  /** Too small for the 1:110m atlas: drawn as a point. */
  isPoint: boolean
  /** Great-circle arc from Paris, as an SVG path. */
  link: string
}

/** One type of partner: its countries, links and labels, revealed together. */
export interface MapGroup {
  id: CategoryId
  name: string
  /** Its v-click value: the first type shows with the slide, the next one on a click. */
  step: RevealStep
  marker: 'circle' | 'diamond'
  /** The countries' and points' fill: the type's colour, or the hatching pattern. */
  fill: string
  countries: MapCountry[]
  partners: MapPartner[]
}

export interface PartnerMap extends ChartLayout {
  /** False until the atlas's countries are given: until then, no shapes. */
  loaded: boolean
  /** Every country of the atlas, Antarctica left out. */
  countries: MapCountry[]
  /** Countries that are neither France nor a partner. */
  land: MapCountry[]
  /** France's outline. */
  hubCountries: MapCountry[]
  hub?: { x: number, y: number, label: MapLabel, labelStyle: Record<string, string>, name: string }
  /** Every partner, in the data's order. */
  partners: MapPartner[]
  groups: MapGroup[]
  /** Where the legend starts, its line for France, then one line per type of partner. */
  legend: { y: number, hub: string, items: { id: CategoryId, name: string, step: RevealStep, fill: string, y: number }[] }
  caption: string
  /** The drill-down of a partner, by its code; undefined for none. */
  details: (code: string | null) => ChartDetails | undefined
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

interface Projected {
  countries: MapCountry[]
  hub: { x: number, y: number, label: MapLabel }
  partners: Omit<MapPartner, 'controlLabel' | 'labelStyle' | 'leader'>[]
}

/** The geometry of the atlas's countries (from `loadCountries()`) and of the edition's partners. */
function projectAtlas(countries: readonly AtlasCountry[], edition: DeckEdition): Projected {
  const { width, height } = partnerMapFrame
  const { partnerByCode, counts } = lookupsIn(edition)
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
  const partnerCodes = new Set(edition.partners.map(partner => partner.code))

  const mapCountries: MapCountry[] = countries.map((country) => {
    const id = String(country.id)
    const code = codeByAtlasId.get(id)
    const partner = code !== undefined && partnerCodes.has(code) ? partnerByCode(code) : undefined
    const role = code === 'FR' ? 'hub' : partner ? 'partner' : 'other'
    return { id, d: path(country) ?? '', role, ...(role === 'other' ? {} : { code }), ...(partner ? { category: partner.category } : {}) }
  })

  const paris = atlasPoints.Paris!
  const placeLabel = (code: string, anchor: { x: number, y: number }) => {
    const offset = labelOffsets[code] ?? { dx: 0, dy: 0, align: 'middle' as const }
    return { x: anchor.x + offset.dx, y: anchor.y + offset.dy, align: offset.align }
  }

  const partners = edition.partners.map((partner) => {
    const atlasId = atlasIds[partner.code]
    const country = atlasId === undefined ? undefined : byAtlasId.get(atlasId)
    const point = atlasPoints[partner.code]
    const lonLat: Point | undefined = country ? mainlandCentroid(country) : point ? [point[0], point[1]] : undefined
    if (!lonLat)
      throw new Error(`The partner map has no shape or point for partner ${partner.code} (${partner.name}): add it to charts/atlas.ts`)
    const anchor = project(lonLat)
    return {
      code: partner.code,
      name: partner.shortName ?? partner.name,
      category: partner.category,
      projects: counts.projectsPerPartner[partner.code]!,
      anchor,
      label: placeLabel(partner.code, anchor),
      isPoint: !country,
      link: path({ type: 'LineString', coordinates: [[...paris], lonLat] }) ?? '',
    }
  })

  const hubAnchor = project([...paris])
  return { countries: mapCountries, hub: { ...hubAnchor, label: placeLabel('FR', hubAnchor) }, partners }
}

/**
 * The map for an edition: its words at once, its shapes once the atlas's `countries` are given.
 * `hatchId` is the id of the SVG pattern that hatches the new entrants.
 */
export function layoutPartnerMap(edition: DeckEdition, countries: readonly AtlasCountry[] | undefined, hatchId: string): PartnerMap {
  const frame = partnerMapFrame
  const { partnerByCode, categoryOf, partnersIn, projectsOfPartner, counts } = lookupsIn(edition)
  const { format, ui } = wordsIn(edition.locale)
  const projected = countries === undefined ? undefined : projectAtlas(countries, edition)
  const fillOf = (category: CategoryId) => (categoryMarks[category].hatched ? `url(#${hatchId})` : 'var(--category-colour)')
  /** The visible label first (WCAG "label in name"), then the full name where the label is short. */
  const accessibleName = (code: string) => {
    const { name, shortName } = partnerByCode(code)
    return shortName === undefined ? name : `${shortName} (${name})`
  }
  const partners = (projected?.partners ?? []).map((partner): MapPartner => {
    const { label, anchor } = partner
    return {
      ...partner,
      labelStyle: overlayStyle(label, frame),
      ...(label.x === anchor.x && label.y === anchor.y ? {} : { leader: { x: label.x - anchor.x, y: label.y - anchor.y } }),
      controlLabel: `${accessibleName(partner.code)}, ${ui.labelled(categoryOf(partner.category).name.toLowerCase(), ui.cooperationProjects(partner.projects))}`,
    }
  })
  const mapCountries = projected?.countries ?? []
  const groups = edition.categories.map((category, step): MapGroup => ({
    id: category.id,
    name: category.name,
    step: revealStep(step),
    marker: categoryMarks[category.id].marker,
    fill: fillOf(category.id),
    countries: mapCountries.filter(country => country.category === category.id),
    partners: partners.filter(partner => partner.category === category.id),
  }))

  return {
    width: frame.width,
    height: frame.height,
    text: {
      title: ui.map.title,
      summary: `${ui.map.summaryIntro} ${edition.categories
        .map(category => `${ui.labelled(category.name, partnersIn(category.id).map(p => `${p.name} (${ui.cooperationProjects(counts.projectsPerPartner[p.code]!)})`).join(', '))}.`)
        .join(' ')}`,
      table: {
        caption: ui.map.tableCaption,
        columns: [ui.columns.country, ui.columns.partnerType, ui.columns.cooperationProjects],
        rows: edition.partners.map(p => [p.name, categoryOf(p.category).name, String(counts.projectsPerPartner[p.code])]),
      },
      hint: ui.map.hint,
    },
    loaded: projected !== undefined,
    countries: mapCountries,
    land: mapCountries.filter(country => country.role === 'other'),
    hubCountries: mapCountries.filter(country => country.role === 'hub'),
    ...(projected ? { hub: { ...projected.hub, labelStyle: overlayStyle(projected.hub.label, frame), name: ui.map.hub } } : {}),
    partners,
    groups,
    legend: {
      y: frame.height - 168,
      hub: ui.map.hubLegend,
      items: groups.map((group, i) => ({
        id: group.id,
        name: categoryMarks[group.id].hatched ? ui.map.hatched(group.name) : group.name,
        step: group.step,
        fill: group.fill,
        y: 56 * (i + 1),
      })),
    },
    caption: ui.map.caption(format.date(edition.event.asOf)),
    details: code => (code === null ? undefined : { heading: partnerByCode(code).name, projects: projectsOfPartner(code) }),
  }
}
