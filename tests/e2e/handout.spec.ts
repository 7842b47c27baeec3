/**
 * Each edition's handout (`npm run export:handout`: exports/<exportFilename>-handout.pdf), read
 * back with poppler: one A4 page per slide with the slide number and title, the slide itself as
 * vector graphics, and its speaker notes as plain paragraphs, all in the edition's language; an
 * outline and the deck's metadata; every font embedded; and a failed export leaves nothing under
 * the final name.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { notesParagraphs } from '../../scripts/deck-outline'
import { loadTestedEditions } from '../support/editions'
import { expectUnwritableOutputRefused, runExport } from '../support/export-command'
import { firstNoteSentence } from '../support/notes'
import { embeddedFontRows, imageRows, normalise, outlineOf, pageCount, pageText, pdfInfo } from '../support/pdf'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

for (const { edition, outline: { title }, slides, exports: { handout }, data: { event }, words: { ui } } of testedEditions) {
  test.describe(edition.locale, () => {
    test('the handout has one A4 page per slide', () => {
      expect(existsSync(handout), `${handout} (run npm run export:handout)`).toBe(true)
      expect(pageCount(handout)).toBe(slides.length)
      expect(pdfInfo(handout)['Page size']).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)$/)
    })

    test('each handout page shows its slide number and title, then its speaker notes under their heading, without [click] markers', () => {
      for (const slide of slides) {
        const text = pageText(handout, slide.no)
        expect(text, `page ${slide.no}`).toContain(normalise(`${ui.exports.slideOf(slide.no, slides.length)} ${slide.title}`))
        expect(text, `page ${slide.no}: the notes' heading`).toContain(normalise(ui.exports.speakerNotes))
        expect(firstNoteSentence(slide.note), `slide ${slide.no} has notes`).not.toBe('')
        expect(text, `page ${slide.no}: first sentence of the notes`).toContain(normalise(firstNoteSentence(slide.note)))
        for (const paragraph of notesParagraphs(slide.note))
          expect(text, `page ${slide.no}: a paragraph of the notes`).toContain(normalise(paragraph))
        expect(text).not.toContain('[click')
      }
    })

    test('each slide is embedded as vector graphics: its own text is selectable and the handout has no raster image', () => {
      expect(imageRows(handout)).toEqual([])
      for (const slide of slides) {
        // Once in the page's heading, once more inside the embedded slide
        const occurrences = pageText(handout, slide.no).split(normalise(slide.title)).length - 1
        expect(occurrences, `page ${slide.no}`).toBeGreaterThanOrEqual(2)
      }
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
