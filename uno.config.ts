import { defineConfig } from 'unocss'

// Slidev merges this with its own UnoCSS setup. Colours live in styles/deck.css as CSS variables.
export default defineConfig({
  shortcuts: {
    'deck-kicker': 'text-[28px] font-600 uppercase tracking-[0.12em] text-[var(--deck-accent)]',
    'deck-lead': 'text-[40px] leading-[1.35] text-[var(--deck-muted)] mb-12',
  },
})
