/**
 * The handout (`npm run export:handout`): one A4 portrait page per slide, with the slide number
 * and title, the slide itself (the exported PDF page embedded as vector graphics, not a picture),
 * and below it the speaker notes as plain paragraphs, set in Inter; an outline of the slide titles
 * and the deck's metadata. Colours are the deck's own (styles/palette.ts).
 *
 * The slides come from the attendees' PDF in exports/ when it is up to date with the sources,
 * else from a fresh export (currentDeckPdf, scripts/deck-pdf.ts). Written atomically, like every
 * export.
 */
import type { Color, PDFFont, PDFPage } from 'pdf-lib'
import type { DeckColour } from '../styles/palette'
import type { DeckOutline, OutlineSlide } from './deck-outline'
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb } from 'pdf-lib'
import { deck } from '../data/deck'
import { editionOf } from '../data/edition'
import { wordsIn } from '../i18n/messages'
import { rgbChannels } from '../styles/palette'
import { notesParagraphs } from './deck-outline'
import { currentDeckPdf, documentInfo, setPdfDocumentInfo, setPdfOutline, slideOutlineEntries } from './deck-pdf'
import { DeckError, writeFileAtomically } from './files'

/** A4 portrait, in points. */
const pageSize = { width: 595.28, height: 841.89 }
const margin = { x: 50, top: 46, bottom: 44 }
const contentWidth = pageSize.width - 2 * margin.x
const type = {
  kicker: { size: 9, leading: 12 },
  title: { size: 17, leading: 21 },
  label: { size: 9, leading: 12 },
  notes: { size: 11, leading: 15.5, paragraphGap: 6 },
  footer: { size: 8 },
}

/** The deck's colours (styles/palette.ts, the one map the slides' CSS variables come from). */
function deckColours(): (name: DeckColour) => Color {
  return name => rgb(...rgbChannels(name))
}

/** Inter's Latin subset, as the deck bundles it (@fontsource/inter ships WOFF, which fontkit reads). */
async function interFile(weight: 400 | 700): Promise<Uint8Array> {
  return readFile(fileURLToPath(import.meta.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)))
}

/** Fails with a clear message when `text` needs a glyph the font lacks (it would print as a box). */
function checkGlyphs(text: string, font: PDFFont, where: string): void {
  const available = new Set(font.getCharacterSet())
  for (const char of text) {
    if (!available.has(char.codePointAt(0)!) && !/\s/.test(char))
      throw new DeckError(`${where}: the handout's font (Inter, Latin subset) has no glyph for "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}).`)
  }
}

/** Greedy line breaking at spaces, measured in the font: the lines of `text` within `width`. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (line !== '' && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line)
      line = word
    }
    else {
      line = candidate
    }
  }
  if (line !== '')
    lines.push(line)
  return lines
}

export interface HandoutContent {
  outline: DeckOutline
  /** The deck's exported PDF, one page per slide. */
  slidesPdf: Uint8Array
}

/** Lays out the handout; returns the document for the caller to add metadata and save. */
export async function layOutHandout({ outline, slidesPdf }: HandoutContent): Promise<PDFDocument> {
  const colour = deckColours()
  const pdf = await PDFDocument.create({ updateMetadata: false })
  pdf.registerFontkit(fontkit)
  // Fixed names instead of pdf-lib's random suffixes, so that the same input gives the same bytes;
  // the six capitals and "+" mark a subset, as the PDF specification asks
  const regular = await pdf.embedFont(await interFile(400), { subset: true, customName: 'HANDRG+Inter-Regular' })
  const bold = await pdf.embedFont(await interFile(700), { subset: true, customName: 'HANDBD+Inter-Bold' })
  const slides = await pdf.embedPdf(slidesPdf, outline.slides.map((_, index) => index))
  const total = outline.slides.length
  // The slides' own footer line: the event and its date
  const { event } = editionOf(deck, outline.locale)
  const { format, ui } = wordsIn(outline.locale)
  const footer = `${event.name} · ${format.date(event.date)}`

  const drawText = (page: PDFPage, text: string, x: number, top: number, font: PDFFont, size: number, color = colour('ink')) =>
    page.drawText(text, { x, y: pageSize.height - top - size, size, font, color })

  outline.slides.forEach((slide: OutlineSlide, index) => {
    const where = `slide ${slide.no} "${slide.title}"`
    const page = pdf.addPage([pageSize.width, pageSize.height])
    let top = margin.top

    checkGlyphs(slide.title, bold, where)
    drawText(page, ui.exports.slideOf(slide.no, total), margin.x, top, regular, type.kicker.size, colour('muted'))
    top += type.kicker.leading + 4
    for (const line of wrapText(slide.title || ui.slide(slide.no), bold, type.title.size, contentWidth)) {
      drawText(page, line, margin.x, top, bold, type.title.size)
      top += type.title.leading
    }
    top += 8

    const embedded = slides[index]!
    const slideHeight = contentWidth * embedded.height / embedded.width
    const slideBox = { x: margin.x, y: pageSize.height - top - slideHeight, width: contentWidth, height: slideHeight }
    page.drawPage(embedded, slideBox)
    // A hairline frame: the slides' white background would otherwise merge with the paper
    page.drawRectangle({ ...slideBox, borderColor: colour('rule'), borderWidth: 0.75 })
    top += slideHeight + 22

    drawText(page, ui.exports.speakerNotes, margin.x, top, bold, type.label.size, colour('accent'))
    top += type.label.leading + 6
    const bottom = pageSize.height - margin.bottom - 24
    for (const paragraph of notesParagraphs(slide.note)) {
      checkGlyphs(paragraph, regular, where)
      for (const line of wrapText(paragraph, regular, type.notes.size, contentWidth)) {
        if (top + type.notes.leading > bottom)
          throw new DeckError(`${where}: the speaker notes do not fit on one handout page; shorten them.`)
        drawText(page, line, margin.x, top, regular, type.notes.size)
        top += type.notes.leading
      }
      top += type.notes.paragraphGap
    }

    const footTop = pageSize.height - margin.bottom - type.footer.size
    page.drawLine({
      start: { x: margin.x, y: margin.bottom + type.footer.size + 8 },
      end: { x: pageSize.width - margin.x, y: margin.bottom + type.footer.size + 8 },
      thickness: 0.5,
      color: colour('rule'),
    })
    drawText(page, footer, margin.x, footTop, regular, type.footer.size, colour('muted'))
    const pageLabel = `${slide.no} / ${total}`
    drawText(page, pageLabel, pageSize.width - margin.x - regular.widthOfTextAtSize(pageLabel, type.footer.size), footTop, regular, type.footer.size, colour('muted'))
  })
  return pdf
}

/** Writes the handout of `outline`'s edition to `target`, atomically, checked page by page. */
export async function exportHandout(target: string, outline: DeckOutline): Promise<void> {
  const slidesPdf = await currentDeckPdf(outline)
  const info = documentInfo(outline)
  await writeFileAtomically(target, async (partial) => {
    const handout = await layOutHandout({ outline, slidesPdf })
    setPdfOutline(handout, slideOutlineEntries(outline.slides))
    setPdfDocumentInfo(handout, { ...info, title: wordsIn(outline.locale).ui.exports.handoutTitle(info.title) }, 'Slidev, pdf-lib')
    await writeFile(partial, await handout.save())
  }, async (partial) => {
    const pages = (await PDFDocument.load(await readFile(partial))).getPageCount()
    if (pages !== outline.slides.length)
      throw new DeckError(`The handout has ${pages} pages, expected one per slide (${outline.slides.length}).`)
  })
}
