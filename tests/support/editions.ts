/**
 * The deck's editions (i18n/editions.ts) as the tests see them: for each, its outline (slides.md,
 * slides.fr.md), its data and UI words in its language, where it is served and where its exports
 * are written. Every browser test that checks the deck runs once per edition:
 *
 *   for (const deck of await loadTestedEditions())
 *     test.describe(deck.locale, () => { ... })
 *
 * so that its name reads "fr › slide 3 …".
 */
import type { DeckEdition } from '../../data/edition'
import type { DeckData } from '../../data/validate'
import type { Edition } from '../../i18n/editions'
import type { Locale } from '../../i18n/locales'
import type { DeckOutline, OutlineSlide } from '../../scripts/deck-outline'
import { deck } from '../../data/deck'
import { editionOf } from '../../data/edition'
import { lookupsIn } from '../../data/lookups'
import { editionList, editions } from '../../i18n/editions'
import { wordsIn } from '../../i18n/messages'
import { loadDeckOutline, loadShownSlides } from '../../scripts/deck-outline'
import { defaultExportPath } from '../../scripts/files'
import { escapeRegExp } from '../../utils/escape-regexp'
import { devDeckPort, devDeckPortFr } from './ports'

export { editionList, editions }

/** A component used on a slide, as written in the markdown: `<PartnerMap />` → PartnerMap. */
export interface SlideComponent {
  name: string
  /** Its attributes as written (`:ids="['jason-3']"`, `brief`), sorted. */
  props: string[]
}

/** The components a slide's markdown uses (PascalCase tags), in order. */
export function componentsIn(markdown: string): SlideComponent[] {
  return [...markdown.matchAll(/<([A-Z][\w-]*)((?:\s+[:@\w-]+(?:="[^"]*")?)*)\s*\/?>/g)].map(match => ({
    name: match[1]!,
    props: [...(match[2] ?? '').matchAll(/[:@\w-]+(?:="[^"]*")?/g)].map(prop => prop[0]).sort(),
  }))
}

export interface SlideSource {
  no: number
  /** The slide's own frontmatter (the headmatter for slide 1). */
  frontmatter: Record<string, unknown>
  /** The markdown of the slide, frontmatter and notes left out. */
  content: string
  components: SlideComponent[]
}

/** Every slide of an entry as Slidev's parser reads it (hidden and disabled slides left out, as the outline does). */
export async function slideSources(entry: string): Promise<SlideSource[]> {
  const { slides } = await loadShownSlides(entry)
  return slides.map((slide, index) => ({
    no: index + 1,
    frontmatter: slide.source.frontmatter ?? {},
    content: slide.source.content,
    components: componentsIn(slide.source.content),
  }))
}

export interface TestedEdition {
  edition: Edition
  locale: Locale
  outline: DeckOutline
  slides: OutlineSlide[]
  /** Its data, every text in its language, with the lookups the components use. */
  data: DeckEdition & ReturnType<typeof lookupsIn>
  /** Its UI words and formatters (i18n/messages.ts). */
  words: ReturnType<typeof wordsIn>
  /** The slide that shows this component (`PartnerMap`); throws if none does. */
  slideWith: (component: string) => OutlineSlide
  /** Where its exports go by default. */
  exports: { pdf: string, handout: string, pptx: string }
}

async function testedEdition(edition: Edition, records: DeckData): Promise<TestedEdition> {
  const outline = await loadDeckOutline(edition)
  const sources = await slideSources(edition.entry)
  const data = editionOf(records, edition.locale)
  return {
    edition,
    locale: edition.locale,
    outline,
    slides: outline.slides,
    data: { ...data, ...lookupsIn(data) },
    words: wordsIn(edition.locale),
    slideWith(component) {
      const source = sources.find(slide => slide.components.some(used => used.name === component))
      if (source === undefined)
        throw new Error(`${edition.entry} has no slide with <${component} />`)
      return outline.slides[source.no - 1]!
    },
    exports: {
      pdf: defaultExportPath(outline, '.pdf'),
      handout: defaultExportPath(outline, '-handout.pdf'),
      pptx: defaultExportPath(outline, '.pptx'),
    },
  }
}

/**
 * Every edition, English (the site's root) first: `const testedEditions = await loadTestedEditions()`;
 * of the deck's data, or of the records given (a fixture the deck was built from).
 */
export function loadTestedEditions(records: DeckData = deck): Promise<TestedEdition[]> {
  return Promise.all(editionList.map(edition => testedEdition(edition, records)))
}

/**
 * An edition's path on a host: its folder under the site's base, then the route (a slide number,
 * `presenter/2`, or nothing for the deck's own base). deckPath(fr, 3, '/seminar/') = '/seminar/fr/3'.
 */
export function deckPath(edition: Edition, route: number | string = '', base = '/'): string {
  return `${base}${edition.path}${route}`
}

/** The origin of an edition's presenting deck (`npm run dev` / `npm run dev:fr`), started by playwright.config.ts. */
export function devDeckOrigin(edition: Edition): string {
  const ports: Record<Locale, number> = { en: devDeckPort, fr: devDeckPortFr }
  return `http://127.0.0.1:${ports[edition.locale]}`
}

export { escapeRegExp }

/**
 * A slide title as the slide shows it: the markdown's typographer curls its apostrophes
 * ("l'international" is shown "l’international"), while the outline, the document title and the
 * announcer keep them straight.
 */
export function shownTitle(title: string): RegExp {
  return new RegExp(escapeRegExp(title).replace(/'/g, '[\'’]'))
}
