/** subset-font ships no types: the options of its README that the deck uses (fonts/vite-plugin.ts). */
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2'
    /** OpenType feature tags to keep; all by default. */
    keepFeatures?: string[]
    /** Pins or narrows a variable font's axes. */
    variationAxes?: Record<string, number | { min: number, max: number, default?: number }>
  }
  export default function subsetFont(font: import('node:buffer').Buffer, text: string, options?: SubsetFontOptions): Promise<import('node:buffer').Buffer>
}
