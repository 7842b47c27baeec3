import { defineConfig } from 'vite'

export default defineConfig({
  // Pre-bundle the data layer's and the charts' dependencies up front, so that the dev server
  // (presenting, exporting) never reloads the page mid-way after discovering one late.
  optimizeDeps: { include: ['zod', 'd3-geo', 'd3-scale', 'topojson-client'] },
})
