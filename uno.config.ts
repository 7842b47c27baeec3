import { defineConfig } from 'unocss'

// Slidev merges this with its own UnoCSS setup. Colours live in styles/deck.css as CSS variables.
export default defineConfig({
  shortcuts: {
    // No letter-spacing or CSS uppercase: the PDF's text must read as the words themselves.
    'deck-kicker': 'text-[32px] font-600 text-[var(--deck-accent)]',
    'deck-lead': 'text-[40px] leading-[1.35] text-[var(--deck-muted)] mb-12',
  },
})
