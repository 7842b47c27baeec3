/**
 * The partner map's layout: each country's outline as an SVG path, France as the hub, and for
 * every partner an anchor, a label position and a great-circle link from Paris; leading space
 * players show with the slide, new entrants on the first click. Its geometry is projected at build
 * time (charts/map-projection.ts; charts/vite-plugin.ts serves it to the browser): the partners'
 * places with the slide, the countries' outlines when the slide is near. The shapes wait for the
 * outlines; the words do not: the summary, the data table, the controls' names and the drill-down
 * are there at once. Each partner is placed where the edition says (its shape, or a point for a
 * country too small for 1:110m); one the projection cannot place is listed beside the map instead.
 * Labels are placed clear of one another and of the legend (charts/label-placement.ts).
 * Plain data, no DOM, no d3-geo: the browser and Node (a static page of the map) lay it out alike.
 */
import type { DeckEdition } from '../data/edition'
import type { CategoryId } from '../data/schema'
import type { RevealStep } from '../utils/reveal-step'
import type { ChartDetails, ChartLayout } from './chart-text'
import type { Align, Box, LabelOffset, LabelRequest } from './label-placement'
import type { PartnerMapGeometry } from './map-projection'
import { lookupsIn } from '../data/lookups'
import { wordsIn } from '../i18n/messages'
import { revealStep } from '../utils/reveal-step'
import { categoryMarks } from './category-marks'
import { placeLabels } from './label-placement'
import { partnerMapFrame } from './map-frame'
import { overlayStyle } from './overlay'

export { partnerMapFrame }

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
  /** False until the geometry is given: until then, no shapes. */
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

/** The countries with their roles, and the partners the map places, from the projected geometry. */
function drawnGeometry(geometry: PartnerMapGeometry, edition: DeckEdition) {
  const { counts } = lookupsIn(edition)
  const shapeOwner = new Map<string, { code: string, category?: CategoryId }>(edition.partners.flatMap(partner =>
    partner.place.kind === 'shape' ? [[partner.place.id, { code: partner.code, category: partner.category }] as const] : []))
  if (edition.hub.place.kind === 'shape')
    shapeOwner.set(edition.hub.place.id, { code: edition.hub.code })
  const countries = geometry.outlines.map(({ id, d }): MapCountry => {
    const owner = shapeOwner.get(id)
    const role = owner === undefined ? 'other' : owner.code === edition.hub.code ? 'hub' : 'partner'
    return { id, d, role, ...(owner ? { code: owner.code } : {}), ...(owner?.category ? { category: owner.category } : {}) }
  })
  const outlined = new Set(geometry.outlines.map(outline => outline.id))
  const placed = new Map(geometry.partners.map(partner => [partner.code, partner]))
  // The data's order; a partner with no outline to fill (none loaded) is drawn as a point
  const partners = edition.partners.flatMap((partner) => {
    const place = placed.get(partner.code)
    if (place === undefined)
      return []
    return [{
      ...place,
      isPoint: place.isPoint || (partner.place.kind === 'shape' && !outlined.has(partner.place.id)),
      name: partner.shortName ?? partner.name,
      category: partner.category,
      projects: counts.projectsPerPartner[partner.code]!,
    }]
  })
  return { countries, hub: geometry.hub, partners, unplacedCodes: geometry.unplaced }
}

/** Half the size of a point's diamond and of the hub's circle, with their strokes: labels keep off them. */
const markRadius = 18

const around = ({ x, y }: { x: number, y: number }): Box => ({ x: x - markRadius, y: y - markRadius, width: 2 * markRadius, height: 2 * markRadius })

/**
 * The map for an edition: its words at once, its shapes once its `geometry` is given (in Node,
 * `projectPartnerMap(edition, await loadCountries())`; in the browser, the build's). `hatchId` is
 * the id of the SVG pattern that hatches the new entrants.
 */
export function layoutPartnerMap(edition: DeckEdition, geometry: PartnerMapGeometry | undefined, hatchId: string): PartnerMap {
  const frame = partnerMapFrame
  const { partnerByCode, categoryOf, partnersIn, projectsOfPartner, counts } = lookupsIn(edition)
  const { format, ui } = wordsIn(edition.locale)
  const projected = geometry === undefined ? undefined : drawnGeometry(geometry, edition)
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
