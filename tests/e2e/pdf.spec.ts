/**
 * Each edition's attendees' PDF (`npm run export`: exports/<exportFilename>.pdf, the French one's
 * name ending in -fr), read back with poppler: one page per slide, each page's text holds its
 * slide's title, an outline of the slide titles, the deck's metadata in the edition's language,
 * every font embedded, tagged for a screen reader (tests/support/pdf-accessibility.ts), no raster
 * image (charts stay vector), a small file, the same pages on every export, and a failed or
 * mistaken export leaves no file behind.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { structureElements } from '../../scripts/tagged-pdf'
import { loadTestedEditions } from '../support/editions'
import { expectUnwritableOutputRefused, runExport } from '../support/export-command'
import { embeddedFontRows, imageRows, normalise, outlineOf, pdfInfo, renderPages } from '../support/pdf'
import { accessibilityProblems, expectedDocument } from '../support/pdf-accessibility'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

const exportTo = (output: string, env: Record<string, string> = {}, extra: string[] = []) => runExport('pdf', ['--output', output, ...extra], env)

for (const tested of testedEditions) {
  const { edition, outline: { title, lang }, slides, exports: { pdf }, data: { event } } = tested
  const poppler = (tool: string, args: string[] = [], after: string[] = []) => execFileSync(tool, [...args, pdf, ...after], { encoding: 'utf8' })

  test.describe(edition.locale, () => {
    test('the PDF has one page per slide', () => {
      expect(existsSync(pdf), `${pdf} (run npm run export)`).toBe(true)
      expect(poppler('pdfinfo')).toMatch(new RegExp(`^Pages:\\s+${slides.length}$`, 'm'))
    })

    test('each PDF page carries its slide\'s title as selectable text', () => {
      for (const slide of slides) {
        const text = normalise(poppler('pdftotext', ['-f', String(slide.no), '-l', String(slide.no)], ['-']))
        expect(text, `page ${slide.no}`).toContain(normalise(slide.title))
      }
    })

    test('every font in the PDF is embedded, and the deck\'s font is Inter', () => {
      const rows = embeddedFontRows(pdf)
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows)
        expect(row.embedded, row.line).toBe(true)
      expect(rows.some(row => row.name.includes('Inter'))).toBe(true)
    })

    test('the PDF\'s outline lists the slide titles in order, each opening its page', () => {
      expect(outlineOf(pdf)).toEqual(slides.map(slide => ({ title: slide.title, page: slide.no })))
    })

    test(`the PDF carries the deck's title, the speaker as author, a subject, keywords and its language (${lang})`, async () => {
      const info = pdfInfo(pdf)
      expect(info.Title).toBe(title)
      expect(info.Author).toBe(`${event.speaker}, ${event.speakerAffiliation}`)
      expect(info.Subject).toContain(event.name)
      expect(info.Keywords).toContain(event.name)
      // Fixed to the seminar's day, so that two exports are byte-identical
      expect(info.CreationDate).toBe(`${event.date}T00:00:00Z`)
      expect(info.ModDate).toBe(`${event.date}T00:00:00Z`)
      // poppler does not print the catalog's /Lang; pdf-lib reads it
      const document = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false })
      expect(document.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe(lang)
    })

    test('the PDF is tagged for a screen reader: its language, title and PDF/UA metadata, one H1 per page (the slide\'s title), lists, the quote, each chart a Figure whose alternate text states its numbers, and only the deck\'s font', async () => {
      expect(accessibilityProblems(pdf, await expectedDocument(tested))).toEqual([])
    })

    test('the PDF has no raster image (charts are vector) and stays under 3 MB', () => {
      expect(imageRows(pdf)).toEqual([])
      expect(statSync(pdf).size).toBeLessThan(3 * 1024 * 1024)
    })

    test('two exports in a row give the same pages, pixel for pixel, and the same bytes', () => {
      test.setTimeout(180_000)
      const dir = mkdtempSync(join(tmpdir(), 'deck-export-'))
      const again = join(dir, 'again.pdf')
      const result = exportTo(again, {}, ['--lang', edition.locale])
      expect(result.status, result.stderr).toBe(0)
      const first = renderPages(pdf, join(dir, 'first'))
      const second = renderPages(again, join(dir, 'second'))
      expect(second.length).toBe(slides.length)
      expect(first.length).toBe(second.length)
      first.forEach((pixels, index) => expect(pixels.equals(second[index]!), `page ${index + 1}`).toBe(true))
      expect(readFileSync(again).equals(readFileSync(pdf)), 'PDF bytes').toBe(true)
    })
  })
}

test('the accessibility check fails on a copy of the PDF whose chart has lost its accessible name', async () => {
  const [english] = testedEditions
  const document = await PDFDocument.load(readFileSync(english!.exports.pdf), { updateMetadata: false })
  const chart = structureElements(document).find(element => element.has(PDFName.of('Alt')))
  expect(chart, 'a Figure with alternate text').toBeDefined()
  chart!.delete(PDFName.of('Alt'))
  const scratch = join(mkdtempSync(join(tmpdir(), 'deck-untagged-')), 'scratch.pdf')
  writeFileSync(scratch, await document.save())
  const problems = accessibilityProblems(scratch, await expectedDocument(english!))
  expect(problems).toContain(`page ${english!.slideWith('PartnerMap').no}: a Figure has no alternate text`)
})

// How an export fails does not depend on the edition: these run once, on the English one.
test.describe('a failed export', () => {
  test.setTimeout(180_000)

  test('with no Chromium exits non-zero, says how to get one, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-export-'))
    const result = exportTo(join(dir, 'deck.pdf'), { CHROMIUM_PATH: '/nonexistent/chromium' }, ['--lang', 'en'])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('Export failed: CHROMIUM_PATH is set to "/nonexistent/chromium"')
    expect(readdirSync(dir)).toEqual([])
  })

  test('to a folder that cannot be written exits non-zero with a clear message', () => {
    expectUnwritableOutputRefused('pdf', 'deck.pdf')
  })

  test('that fails once the deck is served (its browser does not start) leaves no file under the final name and no partial file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-export-'))
    // A browser that exits at once: the export has started Slidev's server, then cannot print.
    const result = exportTo(join(dir, 'deck.pdf'), { CHROMIUM_PATH: '/bin/false' }, ['--lang', 'en'])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('Export failed: Chromium (/bin/false) did not start')
    expect(readdirSync(dir)).toEqual([])
  })

  test('with --output but no --lang, or an unknown --lang, exits non-zero naming the languages, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-export-'))
    const noLang = exportTo(join(dir, 'deck.pdf'))
    expect(noLang.status).not.toBe(0)
    expect(noLang.stderr).toMatch(/Export failed: --output names one file, .*choose one with --lang \(en or fr\)/)
    const unknown = exportTo(join(dir, 'deck.pdf'), {}, ['--lang', 'de'])
    expect(unknown.status).not.toBe(0)
    expect(unknown.stderr).toContain('Export failed: --lang must be one of en, fr, got "de"')
    expect(readdirSync(dir)).toEqual([])
  })
})
