/**
 * Between the slides and the reading view: where the deck opens as the reading view (a screen on
 * which the 1920 px canvas would be unreadable), and where a visitor's choice of the slides is kept
 * for the tab (reading/open-reading.js, components/ReadingSwitch.vue).
 */

/** The reading view's folder under the edition's base, and its script's name there. */
export const readingFolder = 'read/'
export const readingScript = 'reading.js'

/** A phone held either way: narrow, or short with a touch screen. */
export const readingMedia = '(max-width: 600px), (max-height: 500px) and (pointer: coarse)'

/** The sessionStorage key that holds "slides" once the visitor chose them. */
export const viewChoiceKey = 'deck-view'

/** The query parameter that chooses the slides: `<base>3?slides`. */
export const slidesParameter = 'slides'

/**
 * The attribute reading/open-reading.js sets on <html> when the slides open at slide 1: slide 1's
 * copy in the HTML (scripts/first-screen.ts) shows only then.
 */
export const opensAtSlide1 = 'data-opens-at-slide-1'

/** Where slide N of the deck is, `{n}` standing for N, with the choice of the slides. */
export function slideHrefTemplate(base: string, hashRouting: boolean): string {
  return hashRouting ? `${base}?${slidesParameter}#/{n}` : `${base}{n}?${slidesParameter}`
}
