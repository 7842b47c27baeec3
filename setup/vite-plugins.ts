/**
 * Vite plugins that need to know which edition Slidev is building or serving (its entry and
 * headmatter), which vite.config.ts cannot see.
 */
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin, PluginOption } from 'vite'
import type { Edition } from '../i18n/editions'
import { defineVitePluginsSetup } from '@slidev/types'
import { VitePWA } from 'vite-plugin-pwa'
import { partnerMapGeometry } from '../charts/vite-plugin'
import { deckData } from '../data/vite-plugin'
import { checkEditionLanguage, editionList, editionOfEntry } from '../i18n/editions'
import { readingView } from '../reading/vite-plugin'
import { palette } from '../styles/palette'
import { escapeRegExp } from '../utils/escape-regexp'
import { deckDatesWritten } from './dates-written'
import { hostedPresenterNotes } from './hosted-notes'
import { linkPreview, previewImage } from './link-preview'
import { warmUpDeck } from './warm-up'

/** The edition of this Slidev run, checked against the language its headmatter declares. */
function editionOf(options: ResolvedSlidevOptions): Edition {
  const edition = editionOfEntry(options.entry)
  checkEditionLanguage(edition, options.data.config.htmlAttrs?.lang)
  return edition
}

/**
 * Offline after the first visit: in the production build only, a service worker precaches the
 * whole built edition, so every slide keeps working with the network cut. `npm run dev` and
 * `npm run export` (both a dev server) get no service worker: the plugin is there, disabled, so
 * that `virtual:pwa-register/vue` (composables/useDeckUpdate.ts) resolves to a no-op.
 *
 * Why not Slidev's own `pwa` option: its "Caching for offline…" badge stays on screen over the
 * slide footer on every visit after the first, it registers the worker while the first slide is
 * still loading, and its manifest and precache list cannot be configured.
 *
 * After a redeploy, the new worker waits (registerType 'prompt'): the open deck says a newer
 * version is there, and the visitor's one action hands control to it and reloads that window
 * (components/DeckUpdatePrompt.vue). The deck never reloads by itself in the middle of a talk.
 *
 * Each edition has its own worker, scoped to its folder. The root edition's scope also covers the
 * folders of the others (`<base>fr/`), so its worker must leave their pages and files alone.
 */
function offlineDeck(options: ResolvedSlidevOptions, edition: Edition): PluginOption {
  const nested = editionList.filter(other => other !== edition && other.path.startsWith(edition.path) && other.path !== edition.path)
  return VitePWA({
    disable: options.mode !== 'build',
    registerType: 'prompt',
    // The deck registers the worker itself, after `load` (composables/useDeckUpdate.ts), so that
    // it can tell the visitor of a new deploy; nothing is injected into index.html.
    injectRegister: false,
    manifest: {
      name: options.data.config.title,
      short_name: edition.locale === 'fr' ? 'Séminaire CNES' : 'CNES seminar',
      lang: edition.locale,
      theme_color: palette.ink,
      background_color: '#ffffff',
      display: 'fullscreen',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // Everything the deck loads (its fonts are .woff2 files cut to its characters, fonts/);
      // not 404.html (a copy of index.html for GitHub Pages) nor the link preview's picture (for
      // other sites; drawn after the build anyway).
      // The public build has no speaker notes to leave out.
      globPatterns: ['**/*.{html,js,css,woff2,svg,png}'],
      globIgnores: ['404.html', previewImage.file, ...nested.map(other => `${other.path.slice(edition.path.length)}**`)],
      // Deep links (/N, /presenter/N) get the precached index.html; the base path is applied.
      navigateFallback: 'index.html',
      // A new deploy's worker waits until the visitor asks for it (it then takes over every window
      // of the deck, and only the asking one reloads). The first worker takes control of the page
      // that installed it at once, so that page works offline too.
      skipWaiting: false,
      clientsClaim: true,
    },
    integration: {
      // The other editions' folders, known once Vite has resolved the base (`--base`).
      configureOptions(viteConfig, pwaOptions) {
        pwaOptions.workbox = {
          ...pwaOptions.workbox,
          navigateFallbackDenylist: nested.map(other => new RegExp(`^${escapeRegExp(viteConfig.base)}${escapeRegExp(other.path.slice(edition.path.length))}`)),
        }
      },
    },
  })
}

export default defineVitePluginsSetup((options): Plugin[] | PluginOption[] => {
  const edition = editionOf(options)
  // deckData: zod validates the data in Node; the browser gets the edition's records in its
  // language (data/vite-plugin.ts). deckDatesWritten: its own dates, written in Node
  // (setup/dates-written.ts). partnerMapGeometry: the map projected in Node, its outlines
  // as SVG paths (charts/vite-plugin.ts). offlineDeck: the public build works offline after a visit
  // (disabled in the other modes). hostedPresenterNotes: its presenter view says where the notes are.
  // linkPreview: a shared link's title, description and picture (setup/link-preview.ts).
  // readingView: the deck as one page for a phone, and the script that opens it (reading/).
  // warmUpDeck: `npm run dev` compiles the whole deck before it opens its port (not the export's
  // dev server, which visits every slide once anyway).
  return [
    deckData(edition.locale),
    deckDatesWritten(edition.locale),
    partnerMapGeometry(edition.locale),
    offlineDeck(options, edition),
    ...(options.mode === 'build' ? [hostedPresenterNotes(), linkPreview(options, edition), readingView(options, edition)] : []),
    ...(options.mode === 'dev' ? [warmUpDeck(options.clientRoot)] : []),
  ]
})
