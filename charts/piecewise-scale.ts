/**
 * A piecewise-linear scale from numbers to numbers: what d3-scale's `scaleLinear` and `scaleUtc`
 * compute for the charts (a date goes in as its time value), outside the domain too. Those two
 * scales bring along colour interpolation, number and date formatting and calendar intervals
 * (d3-color, d3-format, d3-time, d3-time-format: about 11 KB gzipped on every chart slide's first
 * visit), none of which the charts use; d3-scale's band scales stay. tests/unit checks it against
 * d3-scale's own scales.
 */
export type Scale = (value: number) => number

/** `domain` ascending, one range value per domain value, at least two of each. */
export function piecewiseScale(domain: readonly number[], range: readonly number[]): Scale {
  if (domain.length < 2 || domain.length !== range.length)
    throw new Error(`A piecewise scale needs as many range values as domain values, two or more (got ${domain.length} and ${range.length})`)
  const last = domain.length - 2
  return (value) => {
    // The segment holding the value; values outside the domain extend the first or last segment.
    let segment = 0
    while (segment < last && value >= domain[segment + 1]!)
      segment++
    const d0 = domain[segment]!
    const d1 = domain[segment + 1]!
    const r0 = range[segment]!
    const r1 = range[segment + 1]!
    return d1 === d0 ? r0 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)
  }
}
