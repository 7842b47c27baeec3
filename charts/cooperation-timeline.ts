/**
 * The cooperation timeline: the agreements, launches and landings of every project, one lane per
 * partner, on a piecewise-linear time scale (charts/piecewise-scale.ts) that compresses the decades
 * before 2010 so the recent years can be read, up to the plans reported in May 2019: achieved
 * events show with the slide, the plans on the first click. Marks that would overlap in a lane are
 * stacked, and a lane is as tall as its stack needs (lanes share what is left), so that no two marks
 * touch however many partners there are; shape tells the kind of event. With its words: the legend,
 * the summary and the data table. Plain data, no DOM.
 */
import type { DeckEdition } from '../data/edition'
import type { Milestone, PriorityId } from '../data/schema'
import type { TimelineKind } from '../i18n/messages'
import type { RevealStep } from '../utils/reveal-step'
import type { ChartLayout } from './chart-text'
import { lookupsIn } from '../data/lookups'
import { wordsIn } from '../i18n/messages'
import { revealStep } from '../utils/reveal-step'
import { piecewiseScale } from './piecewise-scale'

export const cooperationTimelineFrame = {
  width: 1696,
  height: 700,
  labelWidth: 320,
  legendHeight: 56,
  axisHeight: 56,
  /** A mark's size, where the lanes leave room for it; down to minMarker where they do not. */
  marker: 24,
  minMarker: 16,
  /** The least height of a lane: its 28 px name, clear of the next lane's. */
  minLane: 34,
  /** The compressed era ends here; the axis is linear on each side of it. */
  detailFrom: 2010,
  endYear: 2026,
} as const

export const timelineKinds = ['agreement', 'launch', 'landing'] as const satisfies readonly TimelineKind[]

export interface TimelineMark {
  key: string
  code: string
  projectId: string
  projectName: string
  priority: PriorityId
  date: string
  kind: TimelineKind
  label: string
  planned: boolean
  x: number
  y: number
}

export interface TimelineMarkGroup {
  name: 'achieved' | 'planned'
  /** Its v-click value: the achieved events show with the slide, the plans on the first click. */
  step: RevealStep
  marks: TimelineMark[]
}

export interface CooperationTimeline extends ChartLayout {
  labelWidth: number
  legendHeight: number
  axisHeight: number
  /** The time scale's domain (UTC dates) and range (viewBox x), for the axis and the tests. */
  domain: Date[]
  range: number[]
  /** 13 May 2019: where the line between achieved and planned is drawn, and how it is written. */
  asOf: { x: number, date: string, text: string }
  /** The planned zone, after the as-of line, and its label. */
  planned: { step: RevealStep, label: string }
  ticks: { year: number, x: number }[]
  lanes: { code: string, name: string, y: number, height: number }[]
  /** The marks' size, in viewBox units: the frame's, or less where many partners' stacks need room. */
  markerSize: number
  /** In date order, earliest first. */
  marks: TimelineMark[]
  groups: TimelineMarkGroup[]
  /** One shape per kind of event, centred on 0,0 (an SVG path), so colour is never the only cue. */
  shapes: Record<TimelineKind, string>
  legend: { kind: TimelineKind, name: string, x: number }[]
  /** The priorities' colour key, after its label: "Colour: Climate, Exploration, Innovation." */
  colourKey: { label: string, priorities: { id: PriorityId, name: string, after: string }[] }
  caption: string
}

/** A partial date stands for the middle of its period: "2021" is drawn mid-2021, not on 1 January. */
export function partialDateMidpoint(value: string): Date {
  const [year = 0, month, day] = value.split('-').map(Number)
  if (month === undefined)
    return new Date(Date.UTC(year, 6, 1))
  return new Date(Date.UTC(year, month - 1, day ?? 15))
}

const isTimelineKind = (kind: Milestone['kind']): kind is TimelineKind => (timelineKinds as readonly string[]).includes(kind)

/** The summary counts the achieved events since this year too: the recent years the axis widens. */
const recentYear = 2014

export function layoutCooperationTimeline(edition: DeckEdition): CooperationTimeline {
  const f = cooperationTimelineFrame
  const { partnerByCode } = lookupsIn(edition)
  const { format, ui } = wordsIn(edition.locale)
  const firstYear = Math.min(...edition.projects.flatMap(p => p.milestones.map(m => partialDateMidpoint(m.date).getUTCFullYear())))
  const asOf = partialDateMidpoint(edition.event.asOf)
  const plotStart = f.labelWidth + 24
  const plotEnd = f.width - 24
  const plotWidth = plotEnd - plotStart
  const domain = [new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(f.detailFrom, 0, 1)), asOf, new Date(Date.UTC(f.endYear, 0, 1))]
  const range = [plotStart, plotStart + plotWidth * 0.16, plotStart + plotWidth * 0.74, plotEnd]
  const scale = piecewiseScale(domain.map(date => date.getTime()), range)
  const x = (date: Date): number => scale(date.getTime())

  const unplaced = edition.projects.flatMap(project => project.milestones
    .filter((m): m is Milestone & { kind: TimelineKind } => isTimelineKind(m.kind))
    .flatMap(m => project.partners.map(code => ({
      key: `${project.id}:${code}:${m.date}:${m.kind}`,
      code,
      projectId: project.id,
      projectName: project.shortName,
      priority: project.priority,
      date: m.date,
      kind: m.kind,
      label: m.label,
      planned: m.planned,
      x: x(partialDateMidpoint(m.date)),
    }))))
    .sort((a, b) => a.x - b.x || a.key.localeCompare(b.key))

  // Stack marks of `size` that would touch in their lane: each takes the first level whose last mark
  // is clear. Returns each mark's level and each lane's number of levels.
  const stack = (size: number) => {
    const lastXByLane = new Map<string, number[]>()
    const levelOf = unplaced.map((mark) => {
      const levels = lastXByLane.get(mark.code) ?? []
      lastXByLane.set(mark.code, levels)
      let level = levels.findIndex(lastX => mark.x - lastX >= size + 4)
      if (level === -1)
        level = levels.length
      levels[level] = mark.x
      return level
    })
    return { levelOf, levelsOf: (code: string) => Math.max(lastXByLane.get(code)?.length ?? 0, 1) }
  }

  // Each lane gets what its stack needs (at least its name's height), then an even share of the rest.
  // Where the stacks need more than there is, the marks get smaller; past minMarker (more partners
  // than data/rules/capacity.ts allows), every lane shrinks alike.
  const available = f.height - f.legendHeight - f.axisHeight
  const needsFor = (marker: number) => {
    const { levelsOf } = stack(marker)
    return edition.partners.map(p => Math.max(f.minLane, levelsOf(p.code) * (marker + 2)))
  }
  const total = (heights: number[]) => heights.reduce((a, b) => a + b, 0)
  let marker: number = f.marker
  while (marker > f.minMarker && total(needsFor(marker)) > available)
    marker -= 1
  const { levelOf, levelsOf } = stack(marker)
  const needs = needsFor(marker)
  const needed = total(needs)
  const shrink = Math.min(1, available / needed)
  const slack = Math.max(0, available - needed) / edition.partners.length
  const markerSize = (marker + 2) * shrink - 2
  const lanes = edition.partners.map((p, i) => ({
    code: p.code,
    name: p.shortName ?? p.name,
    y: f.legendHeight + needs.slice(0, i).reduce((a, b) => a + b * shrink + slack, 0),
    height: needs[i]! * shrink + slack,
  }))
  const laneOf = new Map(lanes.map(lane => [lane.code, lane]))
  const marks = unplaced.map((mark, i) => {
    const lane = laneOf.get(mark.code)!
    const levels = levelsOf(mark.code)
    return { ...mark, y: lane.y + lane.height / 2 + (levelOf[i]! - (levels - 1) / 2) * (markerSize + 2) }
  })
  const achieved = marks.filter(m => !m.planned)
  const planned = marks.filter(m => m.planned)

  const ticks = [1970, 1990, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]
    .filter(year => year >= firstYear)
    .map(year => ({ year, x: x(new Date(Date.UTC(year, 0, 1))) }))
  const r = markerSize / 2
  const kindNames = ui.timeline.kinds
  // A project shared by two partners has its events in both lanes; the summary counts each once.
  const events = [...new Map(marks.map(m => [`${m.projectId}:${m.date}:${m.kind}`, m])).values()]
  const achievedEvents = events.filter(m => !m.planned)
  const achievedOfKind = (kind: TimelineKind) => achievedEvents.filter(m => m.kind === kind).length
  const asOfText = format.date(edition.event.asOf)
  return {
    width: f.width,
    height: f.height,
    labelWidth: f.labelWidth,
    legendHeight: f.legendHeight,
    axisHeight: f.axisHeight,
    text: {
      title: ui.timeline.title,
      summary: ui.timeline.summary({
        firstYear,
        asOf: asOfText,
        agreements: achievedOfKind('agreement'),
        launches: achievedOfKind('launch'),
        landings: achievedOfKind('landing'),
        sinceYear: recentYear,
        since: achievedEvents.filter(m => m.date >= String(recentYear)).length,
        planned: events.filter(m => m.planned).map(m => `${m.projectName} (${format.date(m.date)})`).join(', '),
      }),
      table: {
        caption: ui.timeline.tableCaption,
        columns: [ui.columns.date, ui.columns.partner, ui.columns.project, ui.columns.event],
        rows: marks.map(m => [format.date(m.date), partnerByCode(m.code).name, m.projectName, ui.timeline.event(kindNames[m.kind], m.planned, m.label)]),
      },
    },
    domain,
    range,
    asOf: { x: x(asOf), date: edition.event.asOf, text: asOfText },
    planned: { step: revealStep(1), label: ui.timeline.plannedThen },
    ticks,
    lanes,
    markerSize,
    marks,
    groups: [
      { name: 'achieved', step: revealStep(0), marks: achieved },
      { name: 'planned', step: revealStep(1), marks: planned },
    ],
    shapes: {
      agreement: `M0 ${-r} L${r} 0 L0 ${r} L${-r} 0 Z`,
      launch: `M0 ${-r} L${r} ${r * 0.8} L${-r} ${r * 0.8} Z`,
      landing: `M${-r} 0 A${r} ${r} 0 1 0 ${r} 0 A${r} ${r} 0 1 0 ${-r} 0 Z`,
    },
    legend: timelineKinds.map((kind, i) => ({ kind, name: kindNames[kind], x: f.labelWidth + i * 250 })),
    colourKey: { label: ui.timeline.colour, priorities: edition.priorities.map((p, i, all) => ({ id: p.id, name: p.name, after: i < all.length - 1 ? ', ' : '.' })) },
    caption: ui.timeline.key(asOfText),
  }
}
