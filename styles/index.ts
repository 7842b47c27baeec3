// Fonts come from npm (no font CDN): Inter's three weights the deck uses, cut to the characters it
// uses (fonts/vite-plugin.ts).
import 'virtual:deck-fonts.css'
import './deck.css'
import './presenter.css'
