/**
 * No English left in the French deck. On the built French edition (dist/fr/), every slide at its
 * last click step, with each chart's data table shown and the drill-downs of the map (every
 * partner) and of the matrix opened, gives up everything a reader or a screen reader meets: the
 * visible text (screen-reader-only text included), aria-labels, titles and alt texts, the charts'
 * SVG <title> and <desc>, the live region and the document title. None may hold a word of a
 * stoplist of common English words, matched whole and case-insensitively. The same collection on
 * the English deck is the control: there, the stoplist finds plenty.
 *
 * Slidev's own controls (the navigation bar's buttons, the presenter view) are Slidev's, in
 * English whatever the deck's language, and are not looked at: only what the deck itself shows.
 */
import type { Page } from '@playwright/test'
import type { TestedEdition } from '../support/editions'
import { editions, escapeRegExp, loadTestedEditions } from '../support/editions'
import { visitEveryState } from '../support/every-state'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

/**
 * Common English words: function words, and the words of the deck's own interface and charts.
 * Left out, because French writes them the same and the French deck uses them: "source"
 * ("Source :"), "date", "type(s)", "notes", "mission", "exploration", "innovation", "programme",
 * "entrants", "force", and the short words "a", "on", "or", "as". "table" and "close" are French
 * words too, which the French deck happens not to use ("tableau", "fermer"): should it one day,
 * take them out of the list.
 */
const englishWords = [
  // Function words
  'the and with of to for from by in is are at its this that their each per than then since into none',
  // The interface's and the charts' words
  'project projects planned status partner partners country countries data table close details select',
  'launch launches agreement agreements landing landings slide slides presenter speaker map timeline',
  'priority priorities cooperation leading players new operating completed development study',
  'hatched boundaries colour color hollow dashed compressed year years climate world',
  // The slides' words
  'thank you why abroad together working',
].flatMap(line => line.split(' '))

/**
 * Names that stay as they are in a French text, whatever words they hold: removed before the
 * stoplist is applied. Each is a proper noun, written so in French sources too.
 */
const allowedNames = [
  // The name of the trend the deck speaks of, as French writes it (slide 2).
  'NewSpace',
  // The map's boundaries are credited to their publisher (the map's caption).
  'Natural Earth',
  // Missions and a laboratory named in English by their own agencies (data/projects.ts): none
  // holds a word of the list today, but a longer list ("gas", "ocean", "system") would catch them.
  'Trace Gas Orbiter',
  'Martian Moons eXploration',
  'Land Ocean aTmosphere coUpled System',
]

const stoplist = new RegExp(`(?<![\\p{L}\\p{N}])(?:${englishWords.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu')

/** The English words of a text, each with a few words either side, once the allowed names are taken out. */
function englishIn(text: string): string[] {
  const cleaned = allowedNames.reduce((rest, name) => rest.replaceAll(name, ' '), text)
  return [...cleaned.matchAll(stoplist)].map(match => `"${match[0]}" in "…${cleaned.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' ')}…"`)
}

/** Everything a reader or a screen reader meets on the slide shown, and in the page around it. */
function readableText(page: Page, no: number): Promise<string[]> {
  return page.evaluate((no) => {
    const texts: string[] = [document.title]
    // The slides, and the deck's layers around them; the other slides Slidev keeps mounted are
    // not shown (display: none), so neither their text nor their labels count. Slidev's own
    // navigation bar, beside #slide-content, is left out.
    const scope = document.querySelector('#slide-content')
    if (scope?.querySelector(`.slidev-page-${no}`) === null)
      throw new Error(`slide ${no} is not shown`)
    // innerText, not textContent: the text as rendered, without what is not shown at all.
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content
    texts.push((scope as HTMLElement).innerText)
    const shown = (element: Element) => element.checkVisibility()
    for (const element of scope!.querySelectorAll('[aria-label], [title], [alt], [aria-description], [placeholder]')) {
      if (!shown(element))
        continue
      for (const attribute of ['aria-label', 'title', 'alt', 'aria-description', 'placeholder'])
        texts.push(element.getAttribute(attribute) ?? '')
    }
    for (const element of scope!.querySelectorAll('svg title, svg desc')) {
      if (shown(element.closest('svg')!))
        texts.push(element.textContent ?? '')
    }
    for (const region of document.querySelectorAll('[aria-live]'))
      texts.push(region.textContent ?? '')
    return texts.filter(text => text.trim() !== '')
  }, no)
}

/** Every readable text of an edition's built deck, slide by slide, in every state it shows (tests/support/every-state.ts). */
async function everyReadableText(page: Page, deck: TestedEdition): Promise<Map<number, string[]>> {
  const found = new Map<number, string[]>()
  await visitEveryState(page, deck, async (no) => {
    found.set(no, [...found.get(no) ?? [], ...await readableText(page, no)])
  })
  return found
}

const french = testedEditions.find(deck => deck.edition === editions.fr)!
const english = testedEditions.find(deck => deck.edition === editions.en)!

test.describe(french.locale, () => {
  test('no English left in the French deck: no slide, chart, table, drill-down, label or title holds an English word', async ({ page }) => {
    test.setTimeout(120_000)
    const texts = await everyReadableText(page, french)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    const english = [...texts].flatMap(([no, slideTexts]) => [...new Set(slideTexts.flatMap(englishIn))].map(found => `slide ${no}: ${found}`))
    expect(english, 'English words in the French deck').toEqual([])
  })
})

test.describe(english.locale, () => {
  test('the control: the same reading of the English deck finds English on every slide', async ({ page }) => {
    test.setTimeout(120_000)
    const texts = await everyReadableText(page, english)
    for (const [no, slideTexts] of texts)
      expect(slideTexts.flatMap(englishIn).length, `slide ${no}`).toBeGreaterThan(0)
  })
})
