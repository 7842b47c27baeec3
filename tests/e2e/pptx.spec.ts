/**
 * Each edition's PPTX (`npm run export:pptx`: exports/<exportFilename>.pptx), unzipped and read
 * back: one slide per deck slide, each a full-size picture of its slide, with its speaker notes in
 * the notes pane as plain text; the deck's metadata; and a failed export leaves nothing behind.
 */
import { existsSync } from 'node:fs'
import { posix } from 'node:path'
import { notesParagraphs } from '../../scripts/deck-outline'
import { loadTestedEditions } from '../support/editions'
import { expectUnwritableOutputRefused } from '../support/export-command'
import { firstNoteSentence } from '../support/notes'
import { decodeXml, normalise } from '../support/pdf'
import { pngSize, relationshipTargets, xmlText, zipEntries, zipEntry } from '../support/pptx'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

for (const { edition, outline: { title, lang }, slides, exports: { pptx }, data: { event } } of testedEditions) {
  const text = (entry: string) => zipEntry(pptx, entry).toString('utf8')

  test.describe(edition.locale, () => {
    test('the PPTX has one slide, and one notes page, per deck slide', () => {
      expect(existsSync(pptx), `${pptx} (run npm run export:pptx)`).toBe(true)
      const entries = zipEntries(pptx)
      expect(entries.filter(entry => /^ppt\/slides\/slide\d+\.xml$/.test(entry))).toHaveLength(slides.length)
      expect(entries.filter(entry => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(entry))).toHaveLength(slides.length)
    })

    test('each PPTX slide is a full-size picture of its deck slide, described by the slide title', () => {
      for (const slide of slides) {
        const xml = text(`ppt/slides/slide${slide.no}.xml`)
        expect(decodeXml(xml.match(/descr="([^"]*)"/)?.[1] ?? ''), `slide ${slide.no}`).toBe(slide.title)
        const picture = relationshipTargets(text(`ppt/slides/_rels/slide${slide.no}.xml.rels`)).find(target => target.endsWith('.png'))
        expect(picture, `slide ${slide.no} has a picture`).toBeDefined()
        expect(pngSize(zipEntry(pptx, posix.join('ppt/slides', picture!)))).toEqual({ width: 3840, height: 2160 })
      }
    })

    test('each PPTX slide\'s notes are its speaker notes as plain text, without [click] markers', () => {
      for (const slide of slides) {
        expect(relationshipTargets(text(`ppt/notesSlides/_rels/notesSlide${slide.no}.xml.rels`))).toContain(`../slides/slide${slide.no}.xml`)
        const notes = normalise(xmlText(text(`ppt/notesSlides/notesSlide${slide.no}.xml`)))
        expect(notes, `slide ${slide.no}`).toContain(normalise(firstNoteSentence(slide.note)))
        for (const paragraph of notesParagraphs(slide.note))
          expect(notes, `slide ${slide.no}`).toContain(normalise(paragraph))
        expect(notes).not.toContain('[click')
      }
    })

    test(`the PPTX's notes are marked as written in the edition's language (${lang})`, () => {
      // PowerPoint checks the spelling of, and reads aloud, each text run in the language it is marked with.
      for (const slide of slides) {
        const marked = [...text(`ppt/notesSlides/notesSlide${slide.no}.xml`).matchAll(/<a:rPr[^>]*\slang="([^"]*)"/g)].map(match => match[1]!)
        expect(marked.length, `slide ${slide.no}: text runs marked with a language`).toBeGreaterThan(0)
        expect(marked.filter(tag => tag.split('-')[0] !== lang), `slide ${slide.no}: runs in another language`).toEqual([])
      }
    })

    test('the PPTX carries the deck\'s title and the speaker as author', () => {
      const core = text('docProps/core.xml')
      expect(decodeXml(core.match(/<dc:title>([^<]*)<\/dc:title>/)?.[1] ?? '')).toBe(title)
      expect(decodeXml(core.match(/<dc:creator>([^<]*)<\/dc:creator>/)?.[1] ?? '')).toBe(`${event.speaker}, ${event.speakerAffiliation}`)
    })
  })
}

test('a failed PPTX export (a folder that cannot be written) exits non-zero with a clear message and writes nothing', () => {
  test.setTimeout(180_000)
  expectUnwritableOutputRefused('pptx', 'deck.pptx')
})
