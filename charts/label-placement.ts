/**
 * Places labels next to their anchors so that none overlaps another, the chart's fixed marks (a
 * legend, a point) or the chart's edge: each label, in order, takes the first free place among its
 * candidates: its preferred place if it has one, on its anchor, then around it at growing distances.
 * Where none is free, the place that overlaps least. Plain geometry, no DOM; deterministic.
 */

export type Align = 'start' | 'middle' | 'end'

/** A rectangle in viewBox units, from its top-left corner. */
export interface Box { x: number, y: number, width: number, height: number }

/** Where a label's reference point is, relative to its anchor, and which side of the label it is. */
export interface LabelOffset { dx: number, dy: number, align: Align }

export interface LabelRequest {
  key: string
  anchor: { x: number, y: number }
  /** The label's size, in viewBox units. */
  width: number
  height: number
  /** Tried first: a place chosen by hand for this label, used when it is free. */
  preferred?: LabelOffset
}

export interface PlacedLabel {
  key: string
  /** The label's reference point: its left, centre or right edge (align), at mid-height. */
  x: number
  y: number
  align: Align
  box: Box
  /** False when every candidate overlapped something: the least overlapping one was taken. */
  free: boolean
}

/** The label's box for a reference point and an alignment: vertically centred on y. */
export function labelBox(x: number, y: number, align: Align, width: number, height: number): Box {
  const left = align === 'start' ? x : align === 'middle' ? x - width / 2 : x - width
  return { x: left, y: y - height / 2, width, height }
}

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/** The area of `box` outside `bounds`. */
function outsideArea(box: Box, bounds: Box): number {
  return box.width * box.height - overlapArea(box, bounds)
}

/** An overlap this small (in square viewBox units) is rounding, not an overlap. */
const negligible = 0.01

/** Distances from the anchor tried in turn, in viewBox units. */
const distances = [20, 40, 64, 96, 128, 168, 216, 272, 336, 400]

/** The places tried around an anchor: right, left, above, below, then the diagonals, nearest first. */
function candidates(request: LabelRequest): LabelOffset[] {
  const around = distances.flatMap((d): LabelOffset[] => {
    const up = d + request.height / 2
    const diagonal = d * 0.7
    return [
      { dx: d, dy: 0, align: 'start' },
      { dx: -d, dy: 0, align: 'end' },
      { dx: 0, dy: -up, align: 'middle' },
      { dx: 0, dy: up, align: 'middle' },
      { dx: diagonal, dy: -diagonal - request.height / 2, align: 'start' },
      { dx: -diagonal, dy: -diagonal - request.height / 2, align: 'end' },
      { dx: diagonal, dy: diagonal + request.height / 2, align: 'start' },
      { dx: -diagonal, dy: diagonal + request.height / 2, align: 'end' },
    ]
  })
  return [...(request.preferred ? [request.preferred] : []), { dx: 0, dy: 0, align: 'middle' }, ...around]
}

/**
 * Places the labels in the order given (the first ones get the best places). `obstacles` are boxes
 * no label may cover; `margin` is kept clear around each label.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box, obstacles: readonly Box[] = [], margin = 4): PlacedLabel[] {
  const taken: Box[] = [...obstacles]
  return requests.map((request) => {
    let best: { offset: LabelOffset, box: Box, cost: number } | undefined
    for (const offset of candidates(request)) {
      const box = labelBox(request.anchor.x + offset.dx, request.anchor.y + offset.dy, offset.align, request.width, request.height)
      const padded = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin }
      const cost = outsideArea(box, bounds) + taken.reduce((sum, other) => sum + overlapArea(padded, other), 0)
      if (best === undefined || cost < best.cost)
        best = { offset, box, cost }
      if (cost < negligible)
        break
    }
    const { offset, box, cost } = best!
    taken.push(box)
    return { key: request.key, x: request.anchor.x + offset.dx, y: request.anchor.y + offset.dy, align: offset.align, box, free: cost < negligible }
  })
}
