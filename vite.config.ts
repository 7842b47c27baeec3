import { defineConfig } from 'vite'

export default defineConfig({
  // Pre-bundle the data layer's dependency up front, so Vite never reloads the page mid-export
  // after discovering it late.
  optimizeDeps: { include: ['zod'] },
})
