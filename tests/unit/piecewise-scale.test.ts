/** The charts' piecewise scale computes what d3-scale's linear and UTC scales compute. */
import { scaleLinear, scaleUtc } from 'd3-scale'
import { describe, expect, it } from 'vitest'
import { piecewiseScale } from '../../charts/piecewise-scale'

describe('piecewiseScale', () => {
  it('matches d3 scaleLinear on two points, inside and outside the domain', () => {
    const d3 = scaleLinear().domain([0, 14]).range([0, 307.5])
    const ours = piecewiseScale([0, 14], [0, 307.5])
    for (const value of [-3, 0, 1, 4, 7.5, 13, 14, 20])
      expect(ours(value), String(value)).toBeCloseTo(d3(value), 9)
  })

  it('matches d3 scaleUtc on a four-segment date domain, as the timeline uses it', () => {
    const domain = [Date.UTC(1966, 0, 1), Date.UTC(2010, 0, 1), Date.UTC(2019, 4, 13), Date.UTC(2026, 0, 1)]
    const range = [344, 565, 1359, 1672]
    const d3 = scaleUtc<number>().domain(domain.map(time => new Date(time))).range(range)
    const ours = piecewiseScale(domain, range)
    for (const date of ['1960-01-01', '1966-01-01', '1975-07-01', '2010-01-01', '2014-03-15', '2019-05-13', '2021-07-01', '2026-01-01', '2030-01-01'])
      expect(ours(Date.parse(date)), date).toBeCloseTo(d3(new Date(date)), 9)
  })

  it('refuses a domain and range of different lengths', () => {
    expect(() => piecewiseScale([0, 1, 2], [0, 1])).toThrow(/as many range values as domain values/)
    expect(() => piecewiseScale([0], [0])).toThrow(/two or more/)
  })
})
