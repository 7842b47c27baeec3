/**
 * The map's SVG paths cut to what a phone shows: the chart's coordinates scaled down to the
 * reading view's viewBox, each line simplified (Douglas–Peucker, simplify-js) to within a set
 * distance of the original, then rounded to whole units; rings that come out smaller than a unit
 * (small islands) are left out. The slide's map is 1696 units wide for a 1920 px canvas; the
 * reading view's is drawn 360–430 px wide, where a finer outline is never seen.
 */
import simplify from 'simplify-js'

/**
 * `d3.geoPath` output (M, L and Z commands, absolute coordinates), scaled by `scale`, simplified
 * within `tolerance` viewBox units and rounded.
 */
export function compactPath(d: string, scale: number, tolerance: number): string {
  return d.split(/(?=M)/).filter(part => part !== '').flatMap((subpath) => {
    const closed = subpath.endsWith('Z')
    const line = [...subpath.matchAll(/[ML](-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)].map(([, x, y]) => ({ x: Number(x) * scale, y: Number(y) * scale }))
    const points: [number, number][] = []
    for (const { x, y } of simplify(line, tolerance, true)) {
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
