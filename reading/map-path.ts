/**
 * The map's SVG paths cut to what a phone shows: the chart's coordinates scaled down to the
 * reading view's viewBox, each line simplified (Douglas–Peucker, simplify-js) to within a set
 * distance of the original, then rounded to whole units; rings that come out smaller than a unit
 * (small islands) are left out. The slide's map is 1696 units wide for a 1920 px canvas; the
 * reading view's is drawn 360–430 px wide, where a finer outline is never seen.
 */
import simplify from 'simplify-js'

/** A path's rings and lines as points: its M, L and l commands (absolute and relative), Z or z closing. */
function subpathsOf(d: string): { points: { x: number, y: number }[], closed: boolean }[] {
  const subpaths: { points: { x: number, y: number }[], closed: boolean }[] = []
  let at = { x: 0, y: 0 }
  for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? []).map(Number)
    if (command === 'Z' || command === 'z') {
      subpaths.at(-1)!.closed = true
      continue
    }
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      at = command === 'l' ? { x: at.x + numbers[i]!, y: at.y + numbers[i + 1]! } : { x: numbers[i]!, y: numbers[i + 1]! }
      if (command === 'M' && i === 0)
        subpaths.push({ points: [at], closed: false })
      else
        subpaths.at(-1)!.points.push(at)
    }
  }
  return subpaths
}

/**
 * A path of the slide's map (charts/map-projection.ts: M, then l or L, and z), scaled by `scale`,
 * simplified within `tolerance` viewBox units and rounded, in absolute coordinates.
 */
export function compactPath(d: string, scale: number, tolerance: number): string {
  return subpathsOf(d).flatMap(({ points: line, closed }) => {
    const points: [number, number][] = []
    for (const { x, y } of simplify(line.map(point => ({ x: point.x * scale, y: point.y * scale })), tolerance, true)) {
      const point: [number, number] = [Math.round(x), Math.round(y)]
      const last = points.at(-1)
      if (last === undefined || last[0] !== point[0] || last[1] !== point[1])
        points.push(point)
    }
    if (closed && points.length > 1 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1])
      points.pop()
    if (points.length < (closed ? 3 : 2))
      return []
    return [`M${points.map(([x, y]) => `${x},${y}`).join('L')}${closed ? 'Z' : ''}`]
  }).join('')
}
