import { defineConfig } from 'vite'
import { deckData } from './data/vite-plugin.ts'
import { trimSlidev } from './trim/vite-plugin.ts'

export default defineConfig({
  // deckData: zod validates the data in Node, the browser gets the result (data/vite-plugin.ts).
  // trimSlidev: the web deck leaves out the parts of Slidev it never uses (trim/vite-plugin.ts).
  plugins: [deckData(), trimSlidev()],
  // Pre-bundle the charts' dependencies up front, so that the dev server (presenting, exporting)
  // never reloads the page mid-way after discovering one late.
  optimizeDeps: { include: ['d3-geo', 'd3-scale', 'topojson-client'] },
})
