/**
 * The partner map: an Equal Earth projection of the world (d3-geo) fitted to the chart, each
 * country's outline as an SVG path, France as the hub, and for every partner an anchor, a label
 * position and a great-circle link from Paris; leading space players show with the slide, new
 * entrants on the first click. The shapes wait for the atlas (charts/atlas.ts), loaded when the
 * slide is near; the words do not: the summary, the data table, the controls' names and the
 * drill-down are there at once. Each partner is placed where the edition says (its shape, or a point
 * for a country too small for 1:110m); one the projection still cannot place is listed beside the
 * map instead. Labels are placed clear of one another and of the legend (charts/label-placement.ts).
 * Plain data, no DOM.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson'
import type { DeckEdition } from '../data/edition'
import type { CategoryId } from '../data/schema'
import type { RevealStep } from '../utils/reveal-step'
import type { AtlasCountry } from './atlas'
import type { ChartDetails, ChartLayout } from './chart-text'
import type { Align, Box, LabelOffset, LabelRequest } from './label-placement'
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo'
import { lookupsIn } from '../data/lookups'
import { wordsIn } from '../i18n/messages'
import { revealStep } from '../utils/reveal-step'
import { paris } from './atlas'
import { categoryMarks } from './category-marks'
import { placeLabels } from './label-placement'
import { overlayStyle } from './overlay'

export const partnerMapFrame = { width: 1696, height: 690 } as const

/**
 * Optional tweaks: where a label looks best relative to its anchor, in viewBox units, tried before
 * the automatic places and used when it is free. A country missing here is placed automatically.
 */
const preferredOffsets: Readonly<Record<string, LabelOffset>> = {
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

/**
 * The labels' sizes, for placing them (components/PartnerMap.vue draws them): 26 px semi-bold
 * text, at most 0.62 em a character in Inter, a 20 px marker, 8 px gap, 10 px padding, 2 px border.
 */
const labelFont = { size: 26, em: 0.62, height: 40, chrome: 2 * 10 + 2 * 2 }
export function mapLabelSize(text: string, marker: boolean): { width: number, height: number } {
  return { width: labelFont.chrome + (marker ? 28 : 0) + text.length * labelFont.size * labelFont.em, height: labelFont.height }
}

/** The legend's 24 px text, its 40 px swatches and its 56 px lines (components/PartnerMap.vue). */
const legendFont = { size: 24, em: 0.6, swatch: 56, line: 56 }

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

/** A partner the projection could not place: listed beside the map, with its own mark. */
export interface UnplacedPartner {
  code: string
  name: string
  category: CategoryId
  controlLabel: string
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
  /** Every partner the map places, in the data's order. */
  partners: MapPartner[]
  /** The partners it cannot place; empty for valid data (data/rules/map-places.ts). */
  unplaced: UnplacedPartner[]
  unplacedHeading: string
  groups: MapGroup[]
  /** Where the legend starts, its line for France, then one line per type of partner; `box` is what labels keep clear of. */
  legend: { y: number, hub: string, items: { id: CategoryId, name: string, step: RevealStep, fill: string, y: number }[], box: Box }
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
  hub: { x: number, y: number }
  partners: Omit<MapPartner, 'controlLabel' | 'labelStyle' | 'leader' | 'label'>[]
  unplacedCodes: string[]
}

const isFinitePoint = (xy: [number, number] | null): xy is [number, number] => xy !== null && Number.isFinite(xy[0]) && Number.isFinite(xy[1])

/** The geometry of the atlas's countries (from `loadCountries()`) and of the edition's partners. */
function projectAtlas(countries: readonly AtlasCountry[], edition: DeckEdition): Projected {
  const { width, height } = partnerMapFrame
  const { counts } = lookupsIn(edition)
  // With no shapes (the atlas failed to load), the whole globe: partners still show as points
  const extent = countries.length > 0 ? { type: 'FeatureCollection' as const, features: [...countries] } : { type: 'Sphere' as const }
  const projection = geoEqualEarth().fitExtent([[0, 0], [width, height]], extent)
  const path = geoPath(projection)
  const byAtlasId = new Map(countries.map(country => [String(country.id), country]))
  const shapeOwner = new Map<string, { code: string, category?: CategoryId }>(edition.partners.flatMap(partner =>
    partner.place.kind === 'shape' ? [[partner.place.id, { code: partner.code, category: partner.category }] as const] : []))
  if (edition.hub.place.kind === 'shape')
    shapeOwner.set(edition.hub.place.id, { code: edition.hub.code })

  const mapCountries: MapCountry[] = countries.map((country) => {
    const id = String(country.id)
    const owner = shapeOwner.get(id)
    const role = owner === undefined ? 'other' : owner.code === edition.hub.code ? 'hub' : 'partner'
    return { id, d: path(country) ?? '', role, ...(owner ? { code: owner.code } : {}), ...(owner?.category ? { category: owner.category } : {}) }
  })

  const unplacedCodes: string[] = []
  const partners = edition.partners.flatMap((partner) => {
    const { place } = partner
    const country = place.kind === 'shape' ? byAtlasId.get(place.id) : undefined
    const lonLat: Point = country ? mainlandCentroid(country) : [place.lon, place.lat]
    const xy = projection(lonLat)
    if (!isFinitePoint(xy)) {
      unplacedCodes.push(partner.code)
      return []
    }
    return [{
      code: partner.code,
      name: partner.shortName ?? partner.name,
      category: partner.category,
      projects: counts.projectsPerPartner[partner.code]!,
      anchor: { x: xy[0], y: xy[1] },
      isPoint: !country,
      link: path({ type: 'LineString', coordinates: [[...paris], lonLat] }) ?? '',
    }]
  })

  const hub = projection([...paris])!
  return { countries: mapCountries, hub: { x: hub[0], y: hub[1] }, partners, unplacedCodes }
}

/** Half the size of a point's diamond and of the hub's circle, with their strokes: labels keep off them. */
const markRadius = 18

const around = ({ x, y }: { x: number, y: number }): Box => ({ x: x - markRadius, y: y - markRadius, width: 2 * markRadius, height: 2 * markRadius })

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
  const controlLabelOf = (code: string) => `${accessibleName(code)}, ${ui.labelled(categoryOf(partnerByCode(code).category).name.toLowerCase(), ui.cooperationProjects(counts.projectsPerPartner[code]!))}`
  const legendItems = edition.categories.map((category, i) => ({
    id: category.id,
    name: categoryMarks[category.id].hatched ? ui.map.hatched(category.name) : category.name,
    step: revealStep(i),
    fill: fillOf(category.id),
    y: legendFont.line * (i + 1),
  }))
  const legendY = frame.height - 168
  const legend = {
    y: legendY,
    hub: ui.map.hubLegend,
    items: legendItems,
    box: {
      x: 0,
      y: legendY,
      width: legendFont.swatch + Math.max(...[ui.map.hubLegend, ...legendItems.map(item => item.name)].map(text => text.length)) * legendFont.size * legendFont.em,
      height: legendFont.line * legendItems.length + 28,
    },
  }
  const labels = projected === undefined
    ? new Map<string, MapLabel>()
    : new Map(placeLabels(
        [
          { key: edition.hub.code, anchor: projected.hub, ...mapLabelSize(ui.map.hub, false), preferred: preferredOffsets[edition.hub.code] },
          ...projected.partners.map((partner): LabelRequest => ({ key: partner.code, anchor: partner.anchor, ...mapLabelSize(partner.name, true), preferred: preferredOffsets[partner.code] })),
        ],
        { x: 0, y: 0, width: frame.width, height: frame.height },
        [legend.box, around(projected.hub), ...projected.partners.filter(partner => partner.isPoint).map(partner => around(partner.anchor))],
      ).map(({ key, x, y, align }) => [key, { x, y, align }]))
  const partners = (projected?.partners ?? []).map((partner): MapPartner => {
    const { anchor } = partner
    const label = labels.get(partner.code)!
    return {
      ...partner,
      label,
      labelStyle: overlayStyle(label, frame),
      ...(label.x === anchor.x && label.y === anchor.y ? {} : { leader: { x: label.x - anchor.x, y: label.y - anchor.y } }),
      controlLabel: controlLabelOf(partner.code),
    }
  })
  const mapCountries = projected?.countries ?? []
  const unplaced = (projected?.unplacedCodes ?? []).map((code): UnplacedPartner => {
    const partner = partnerByCode(code)
    return { code, name: partner.shortName ?? partner.name, category: partner.category, controlLabel: controlLabelOf(code) }
  })
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
    ...(projected ? { hub: { ...projected.hub, label: labels.get(edition.hub.code)!, labelStyle: overlayStyle(labels.get(edition.hub.code)!, frame), name: ui.map.hub } } : {}),
    partners,
    unplaced,
    unplacedHeading: ui.map.unplaced,
    groups,
    legend,
    caption: ui.map.caption(format.date(edition.event.asOf)),
    details: code => (code === null ? undefined : { heading: partnerByCode(code).name, projects: projectsOfPartner(code) }),
  }
}
