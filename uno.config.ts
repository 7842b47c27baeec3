import { defineConfig, presetIcons } from 'unocss'
import { deckIcons } from './styles/icons'
import { paletteCss } from './styles/palette'

// Slidev merges this with its own UnoCSS setup.
export default defineConfig({
  // The deck's colours as CSS variables, generated from their one map (styles/palette.ts).
  preflights: [{ getCSS: () => paletteCss() }],
  shortcuts: {
    // No letter-spacing or CSS uppercase: the PDF's text must read as the words themselves.
    'deck-kicker': 'text-[32px] font-600 text-[var(--deck-accent)]',
    'deck-lead': 'text-[40px] leading-[1.35] text-[var(--deck-muted)] mb-12',
  },
  presets: [
    // The icons' SVG, read from the installed @iconify-json/ph and inlined in the CSS at build
    // time: no CDN, no install on demand.
    presetIcons({
      collections: { ph: () => import('@iconify-json/ph/icons.json').then(icons => icons.default) },
      autoInstall: false,
    }),
  ],
  // The icon classes are chosen by name in components/DeckIcon.vue, where UnoCSS cannot see them.
  safelist: Object.values(deckIcons),
})
