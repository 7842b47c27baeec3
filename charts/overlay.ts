/**
 * Places an HTML element over a chart's SVG: viewBox units become percentages of the chart
 * canvas, so the HTML layer scales with the SVG on screen, in the presenter view and in the PDF.
 */
export interface OverlayBox {
  x: number
  y: number
  width?: number
  height?: number
}

export function overlayStyle(box: OverlayBox, frame: { width: number, height: number }): Record<string, string> {
  const pct = (value: number, of: number) => `${(value / of) * 100}%`
  return {
    left: pct(box.x, frame.width),
    top: pct(box.y, frame.height),
    ...(box.width === undefined ? {} : { width: pct(box.width, frame.width) }),
    ...(box.height === undefined ? {} : { height: pct(box.height, frame.height) }),
  }
}
