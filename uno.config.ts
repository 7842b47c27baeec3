import { defineConfig } from 'unocss'
import { paletteCss } from './styles/palette'

// Slidev merges this with its own UnoCSS setup.
export default defineConfig({
  // The deck's colours as CSS variables, generated from their one map (styles/palette.ts).
  preflights: [{ getCSS: paletteCss }],
  shortcuts: {
    // No letter-spacing or CSS uppercase: the PDF's text must read as the words themselves.
    'deck-kicker': 'text-[32px] font-600 text-[var(--deck-accent)]',
    'deck-lead': 'text-[40px] leading-[1.35] text-[var(--deck-muted)] mb-12',
  },
})
