import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { deckData } from './data/vite-plugin.ts'
import { loadDeckOutline } from './scripts/deck-outline.ts'
import { trimSlidev } from './trim/vite-plugin.ts'
/**
 * Offline after the first visit: in the production build only, a service worker precaches the
 * whole built deck, so every slide keeps working with the network cut. `npm run dev` and
 * `npm run export` (both a dev server) get no service worker.
 *
 * Why not Slidev's own `pwa` option: its "Caching for offline…" badge stays on screen over the
 * slide footer on every visit after the first, it registers the worker while the first slide is
 * still loading, and its manifest and precache list cannot be configured.
 */
async function offlineDeck() {
  const { title } = await loadDeckOutline()
  return VitePWA({
    // A <script src> (no inline script, so the Content-Security-Policy needs none) that
    // registers the worker on `load`: precaching starts after the deck has shown.
    injectRegister: 'script',
    manifest: {
      name: title,
      short_name: 'CNES seminar',
      theme_color: '#0b1f3a',
      background_color: '#ffffff',
      display: 'fullscreen',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // Everything the deck loads; the .woff fonts are left out (every browser with service
      // workers reads the .woff2), and so is 404.html (a copy of index.html for GitHub Pages).
      // The public build has no speaker notes to leave out.
      globPatterns: ['**/*.{html,js,css,woff2,svg,png}'],
      globIgnores: ['404.html'],
      // Deep links (/N, /presenter/N) get the precached index.html; the base path is applied.
      navigateFallback: 'index.html',
      // The worker takes control of the page that installed it, so that page works offline too,
      // and a new deploy's worker replaces the old one at once: the next reload shows it.
      skipWaiting: true,
      clientsClaim: true,
    },
  })
}

export default defineConfig(async ({ command }) => ({
  // deckData: zod validates the data in Node, the browser gets the result (data/vite-plugin.ts).
  // trimSlidev: the web deck leaves out the parts of Slidev it never uses (trim/vite-plugin.ts).
  // offlineDeck: the production build works offline after the first visit.
  plugins: [deckData(), trimSlidev(), ...(command === 'build' ? [await offlineDeck()] : [])],
  // Pre-bundle the charts' dependencies up front, so that the dev server (presenting, exporting)
  // never reloads the page mid-way after discovering one late.
  optimizeDeps: { include: ['d3-geo', 'd3-scale', 'topojson-client'] },
}))
