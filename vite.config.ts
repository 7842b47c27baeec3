import { defineConfig } from 'vite'
import { builtDeckFont, subsetDeckFonts } from './fonts/vite-plugin.ts'
import { mountSlidesWhenIdle } from './idle-mount/vite-plugin.ts'
import { mainLandmark } from './landmark/vite-plugin.ts'
import { preloadFirstScreen } from './preload/vite-plugin.ts'
import { trimSlidev } from './trim/vite-plugin.ts'

// The plugins that depend on the edition being built (its data, its offline worker) are in
// setup/vite-plugins.ts, where Slidev passes the entry and headmatter.
export default defineConfig({
  // trimSlidev: the web deck leaves out the parts of Slidev it never uses (trim/vite-plugin.ts);
  // DECK_TRIM=off builds it with Slidev whole.
  // subsetDeckFonts: Inter cut to the deck's characters, in the build, the dev server and the exports.
  // preloadFirstScreen: the built index.html asks at once for what slide 1 needs, its font included.
  // mainLandmark: the audience view's slide is the page's main landmark (landmark/).
  // mountSlidesWhenIdle: Slidev's mounting of the whole deck, 3 s in, one slide a task (idle-mount/).
  plugins: [trimSlidev(), subsetDeckFonts(import.meta.dirname), preloadFirstScreen(builtDeckFont), mainLandmark(), mountSlidesWhenIdle()],
  // Pre-bundle the charts' dependencies up front, so that the dev server (presenting, exporting)
  // never reloads the page mid-way after discovering one late.
  optimizeDeps: { include: ['d3-scale'] },
})
