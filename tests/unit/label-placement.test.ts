/** The map's label placement (charts/label-placement.ts), on small cases with known answers. */
import type { Box } from '../../charts/label-placement'
import { describe, expect, it } from 'vitest'
import { labelBox, placeLabels } from '../../charts/label-placement'

const bounds: Box = { x: 0, y: 0, width: 1000, height: 600 }
const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y

describe('placeLabels', () => {
  it('puts a lone label on its anchor', () => {
    const [label] = placeLabels([{ key: 'a', anchor: { x: 500, y: 300 }, width: 100, height: 40 }], bounds)
    expect(label).toMatchObject({ x: 500, y: 300, align: 'middle', free: true })
    expect(label!.box).toEqual({ x: 450, y: 280, width: 100, height: 40 })
    // Fractional sizes and places, as text widths and projected anchors are: rounding is no overlap
    const [fractional] = placeLabels([{ key: 'b', anchor: { x: 1263.7882789176201, y: 174.10842544079478 }, width: 132.6, height: 40 }], { x: 0, y: 0, width: 1696, height: 690 })
    expect(fractional).toMatchObject({ x: 1263.7882789176201, y: 174.10842544079478, free: true })
  })

  it('takes a free preferred place, and leaves a taken one', () => {
    const preferred = { dx: 0, dy: -80, align: 'middle' as const }
    const [free] = placeLabels([{ key: 'a', anchor: { x: 500, y: 300 }, width: 100, height: 40, preferred }], bounds)
    expect(free).toMatchObject({ x: 500, y: 220 })
    const [, moved] = placeLabels([
      { key: 'a', anchor: { x: 500, y: 220 }, width: 100, height: 40 },
      { key: 'b', anchor: { x: 500, y: 300 }, width: 100, height: 40, preferred },
    ], bounds)
    expect(moved).toMatchObject({ x: 500, y: 300, free: true })
  })

  it('keeps crowded labels apart, inside the bounds and off the obstacles', () => {
    const legend: Box = { x: 0, y: 480, width: 300, height: 120 }
    const requests = Array.from({ length: 9 }, (_, i) => ({ key: `k${i}`, anchor: { x: 150 + (i % 3) * 12, y: 470 + Math.floor(i / 3) * 10 }, width: 140, height: 40 }))
    const placed = placeLabels(requests, bounds, [legend])
    for (const [i, a] of placed.entries()) {
      expect(a.free, a.key).toBe(true)
      expect(apart(a.box, legend), `${a.key} on the legend`).toBe(true)
      expect(a.box.x >= 0 && a.box.y >= 0 && a.box.x + a.box.width <= 1000 && a.box.y + a.box.height <= 600, a.key).toBe(true)
      for (const b of placed.slice(i + 1))
        expect(apart(a.box, b.box), `${a.key} and ${b.key}`).toBe(true)
    }
  })

  it('takes the least overlap where nothing is free, and says so', () => {
    const [label] = placeLabels([{ key: 'a', anchor: { x: 50, y: 20 }, width: 100, height: 40 }], { x: 0, y: 0, width: 100, height: 40 }, [{ x: 0, y: 0, width: 100, height: 40 }])
    expect(label!.free).toBe(false)
  })

  it('aligns a box on its reference point', () => {
    expect(labelBox(100, 50, 'start', 80, 20)).toEqual({ x: 100, y: 40, width: 80, height: 20 })
    expect(labelBox(100, 50, 'end', 80, 20)).toEqual({ x: 20, y: 40, width: 80, height: 20 })
  })
})
