// Fonts come from npm (no font CDN): only the weights and the Latin subset the deck uses.
import '@fontsource/inter/latin-400.css'
import '@fontsource/inter/latin-600.css'
import '@fontsource/inter/latin-700.css'
import './deck.css'
import './presenter.css'
