/** Speaker notes turned into the plain paragraphs the handout and the PPTX show, and the countries they name. */
import { describe, expect, it } from 'vitest'
import { deck } from '../../data/deck'
import { editionList } from '../../i18n/editions'
import { loadDeckOutline, notesParagraphs } from '../../scripts/deck-outline'
import { countriesNamedIn, notesNamingUnlistedCountries } from '../../scripts/notes-partners'

describe('notesParagraphs', () => {
  it('drops [click] and [click:N] markers and keeps the paragraphs', () => {
    const note = 'First paragraph,\nwrapped over two lines.\n\n[click] Second one.\n\n[click:2] Third one.'
    expect(notesParagraphs(note)).toEqual(['First paragraph, wrapped over two lines.', 'Second one.', 'Third one.'])
  })

  it('shows emphasis, code and links as their plain words', () => {
    expect(notesParagraphs('**More players**, *faster* and _cheaper_: see [the article](https://example.org) or `SWOT`.'))
      .toEqual(['More players, faster and cheaper: see the article or SWOT.'])
  })

  it('leaves underscores and asterisks inside words alone', () => {
    expect(notesParagraphs('snake_case_name and 2*3*4')).toEqual(['snake_case_name and 2*3*4'])
  })

  it('makes each list item a paragraph', () => {
    expect(notesParagraphs('Three reasons:\n- one\n- two,\n  continued\n1. three')).toEqual(['Three reasons:', '• one', '• two, continued', '• three'])
  })

  it('gives no paragraph for empty notes or notes of markers only', () => {
    expect(notesParagraphs('')).toEqual([])
    expect(notesParagraphs('[click]\n\n[click]')).toEqual([])
  })

  it.each(editionList.map(edition => [edition.entry, edition] as const))('leaves no marker and no markdown in the notes of %s', async (_, edition) => {
    const { slides } = await loadDeckOutline(edition)
    for (const slide of slides) {
      const text = notesParagraphs(slide.note).join('\n')
      expect(text, `slide ${slide.no}`).not.toMatch(/\[click|\*\*|`/)
    }
  })
})

describe('countries the speaker notes name', () => {
  it('finds a country by its English or French name, as a whole word', () => {
    expect(countriesNamedIn('Brazil and Japan, then l\'Australie.').map(c => c.code).sort()).toEqual(['AU', 'BR', 'JP'])
    expect(countriesNamedIn('Brazilian partners; Nigerians')).toEqual([])
  })

  it('warns about none in the deck\'s notes, and about a partner the data dropped', async () => {
    expect(await notesNamingUnlistedCountries(deck)).toEqual([])
    const named = new Set(countriesNamedIn((await loadDeckOutline()).slides.map(s => s.note).join('\n')).map(c => c.code))
    const dropped = deck.partners.find(p => named.has(p.code))!
    const warnings = await notesNamingUnlistedCountries({ ...deck, partners: deck.partners.filter(p => p !== dropped) })
    expect(warnings.length).toBeGreaterThan(0)
    expect(warnings.every(line => line.startsWith('warning: slides') && line.includes(`(${dropped.code}), not a partner in data/partners.ts`))).toBe(true)
  })
})
