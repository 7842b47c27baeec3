/**
 * Each edition's handout (`npm run export:handout`: exports/<exportFilename>-handout.pdf), read
 * back with poppler and qpdf: one A4 page per slide with the slide number, the slide itself as
 * vector graphics, and its speaker notes as paragraphs, all in the edition's language; tagged for
 * a screen reader (tests/support/pdf-accessibility.ts); an outline and the deck's metadata; every
 * font embedded; and a failed export leaves nothing under the final name.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { notesParagraphs } from '../../scripts/deck-outline'
import { loadTestedEditions } from '../support/editions'
import { expectUnwritableOutputRefused, runExport } from '../support/export-command'
import { firstNoteSentence } from '../support/notes'
import { embeddedFontRows, imageRows, normalise, outlineOf, pageCount, pageText, pdfInfo } from '../support/pdf'
import { accessibilityProblems, expectedDocument } from '../support/pdf-accessibility'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

for (const tested of testedEditions) {
  const { edition, outline: { title }, slides, exports: { handout }, data: { event }, words: { ui } } = tested
  test.describe(edition.locale, () => {
    test('the handout has one A4 page per slide', () => {
      expect(existsSync(handout), `${handout} (run npm run export:handout)`).toBe(true)
      expect(pageCount(handout)).toBe(slides.length)
      expect(pdfInfo(handout)['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)$/)
    })

    test('each handout page shows its slide number, the slide with its title, then its speaker notes under their heading, without [click] markers', () => {
      for (const slide of slides) {
        const text = pageText(handout, slide.no)
        const order = [ui.exports.slideOf(slide.no, slides.length), slide.title, ui.exports.speakerNotes, firstNoteSentence(slide.note)].map(part => text.indexOf(normalise(part)))
        expect(firstNoteSentence(slide.note), `slide ${slide.no} has notes`).not.toBe('')
        expect(order.every(at => at >= 0), `page ${slide.no}: "Slide N of M", the title, the notes' heading and the notes, in ${text}`).toBe(true)
        expect([...order].sort((a, b) => a - b), `page ${slide.no}: in that order`).toEqual(order)
        // Every paragraph of the notes is checked in the tags below: pdftotext joins a word broken
        // after its hyphen at a line's end ("Chang'e-" "6") without the hyphen
        expect(text).not.toContain('[click')
      }
    })

    test('each slide is printed as vector graphics, its text selectable, and the handout has no raster image', () => {
      expect(imageRows(handout)).toEqual([])
      for (const slide of slides)
        expect(pageText(handout, slide.no), `page ${slide.no}`).toContain(normalise(slide.title))
    })

    test('the handout is tagged for a screen reader: each page\'s H1 is its slide\'s title, the slide\'s lists, quote and charts tagged as in the PDF, and the notes paragraphs after it', async () => {
      const expected = await expectedDocument(tested)
      expect(accessibilityProblems(handout, {
        ...expected,
        title: ui.exports.handoutTitle(title),
        pages: expected.pages.map((page, index) => ({ ...page, notes: notesParagraphs(slides[index]!.note) })),
      })).toEqual([])
    })

    test('every font in the handout is embedded, and its text is set in Inter', () => {
      const rows = embeddedFontRows(handout)
      for (const row of rows)
        expect(row.embedded, row.line).toBe(true)
      expect(rows.some(row => row.name.includes('Inter-Regular'))).toBe(true)
    })

    test('the handout has an outline of the slide titles and the deck\'s metadata', () => {
      expect(outlineOf(handout)).toEqual(slides.map(slide => ({ title: slide.title, page: slide.no })))
      const info = pdfInfo(handout)
      expect(info.Title).toBe(ui.exports.handoutTitle(title))
      expect(info.Author).toBe(`${event.speaker}, ${event.speakerAffiliation}`)
      expect(info.Subject).toContain(event.name)
    })
  })
}

// How an export fails does not depend on the edition: these run once.
test.describe('a failed handout export', () => {
  test.setTimeout(180_000)

  test('to a folder that cannot be written exits non-zero with a clear message and writes nothing', () => {
    expectUnwritableOutputRefused('handout', 'handout.pdf')
  })

  test('that fails once the handout is written (a folder holds its name) leaves no partial file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-handout-'))
    const target = join(dir, 'handout.pdf')
    mkdirSync(join(target, 'keep'), { recursive: true })
    const result = runExport('handout', ['--lang', 'en', '--output', target])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(`Export failed: Cannot write "${target}"`)
    expect(readdirSync(dir)).toEqual(['handout.pdf'])
    expect(readdirSync(target)).toEqual(['keep'])
  })

  test('with an unknown option exits non-zero and names it', () => {
    const result = runExport('handout', ['--dark'])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('Export failed: Unknown option "--dark": export:handout takes only --output <file.pdf> and --lang <en|fr>')
  })

  test('with --output but no --lang exits non-zero and says to choose one', () => {
    const result = runExport('handout', ['--output', join(tmpdir(), 'handout.pdf')])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('choose one with --lang (en or fr)')
  })
})
