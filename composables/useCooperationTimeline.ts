import type { DeckEdition } from '../data/edition'
/**
 * Geometry of the cooperation timeline: the agreements, launches and landings of every project,
 * one lane per partner, on a piecewise-linear time scale (utils/piecewise-scale.ts) that compresses the decades before 2010 so
 * the recent years can be read, up to the plans reported in May 2019. Marks that would overlap in
 * a lane are stacked. Plain data, no DOM.
 */
import type { Milestone, PriorityId } from '../data/schema'
import { piecewiseScale } from '../utils/piecewise-scale'

export const cooperationTimelineFrame = {
  width: 1696,
  height: 700,
  labelWidth: 320,
  legendHeight: 56,
  axisHeight: 56,
  marker: 24,
  /** The compressed era ends here; the axis is linear on each side of it. */
  detailFrom: 2010,
  endYear: 2026,
} as const

export const timelineKinds = ['agreement', 'launch', 'landing'] as const
export type TimelineKind = (typeof timelineKinds)[number]

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

export interface CooperationTimeline {
  width: number
  height: number
  /** The time scale's domain (UTC dates) and range (viewBox x), for the axis and the tests. */
  domain: Date[]
  range: number[]
  asOf: { x: number, date: string }
  ticks: { year: number, x: number }[]
  lanes: { code: string, name: string, y: number, height: number }[]
  /** In date order, earliest first. */
  marks: TimelineMark[]
}

/** A partial date stands for the middle of its period: "2021" is drawn mid-2021, not on 1 January. */
export function partialDateMidpoint(value: string): Date {
  const [year = 0, month, day] = value.split('-').map(Number)
  if (month === undefined)
    return new Date(Date.UTC(year, 6, 1))
  return new Date(Date.UTC(year, month - 1, day ?? 15))
}

const isTimelineKind = (kind: Milestone['kind']): kind is TimelineKind => (timelineKinds as readonly string[]).includes(kind)

export function useCooperationTimeline(data: DeckEdition): CooperationTimeline {
  const f = cooperationTimelineFrame
  const firstYear = Math.min(...data.projects.flatMap(p => p.milestones.map(m => partialDateMidpoint(m.date).getUTCFullYear())))
  const asOf = partialDateMidpoint(data.event.asOf)
  const plotStart = f.labelWidth + 24
  const plotEnd = f.width - 24
  const plotWidth = plotEnd - plotStart
  const domain = [new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(f.detailFrom, 0, 1)), asOf, new Date(Date.UTC(f.endYear, 0, 1))]
  const range = [plotStart, plotStart + plotWidth * 0.16, plotStart + plotWidth * 0.74, plotEnd]
  const scale = piecewiseScale(domain.map(date => date.getTime()), range)
  const x = (date: Date): number => scale(date.getTime())

  const laneTop = f.legendHeight
  const laneHeight = (f.height - f.legendHeight - f.axisHeight) / data.partners.length
  const lanes = data.partners.map((p, i) => ({ code: p.code, name: p.shortName ?? p.name, y: laneTop + i * laneHeight, height: laneHeight }))

  const unplaced = data.projects.flatMap(project => project.milestones
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

  // Stack marks that would touch in their lane: each takes the first level whose last mark is clear.
  const levelsByLane = new Map<string, number[]>()
  const levelOf = unplaced.map((mark) => {
    const levels = levelsByLane.get(mark.code) ?? []
    levelsByLane.set(mark.code, levels)
    let level = levels.findIndex(lastX => mark.x - lastX >= f.marker + 4)
    if (level === -1)
      level = levels.length
    levels[level] = mark.x
    return level
  })
  const laneOf = new Map(lanes.map(lane => [lane.code, lane]))
  const marks = unplaced.map((mark, i) => {
    const lane = laneOf.get(mark.code)!
    const levels = levelsByLane.get(mark.code)!.length
    const step = Math.min(f.marker + 2, (lane.height - f.marker) / Math.max(levels - 1, 1))
    return { ...mark, y: lane.y + lane.height / 2 + (levelOf[i]! - (levels - 1) / 2) * step }
  })

  const ticks = [1970, 1990, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]
    .filter(year => year >= firstYear)
    .map(year => ({ year, x: x(new Date(Date.UTC(year, 0, 1))) }))
  return { width: f.width, height: f.height, domain, range, asOf: { x: x(asOf), date: data.event.asOf }, ticks, lanes, marks }
}
