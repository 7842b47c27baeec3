/** The checks the PDF export runs on Slidev's output before it renames it to the final name. */
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { loadSlidesPdf, pagesWithoutText } from '../../scripts/deck-pdf'

async function pdfWithPages(kinds: ('text' | 'blank' | 'text-in-form')[]): Promise<PDFDocument> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (const kind of kinds) {
    const page = pdf.addPage([400, 300])
    if (kind === 'text') {
      page.drawText('A slide title', { x: 20, y: 250, font })
    }
    else if (kind === 'text-in-form') {
      // Text drawn through a form XObject, as when a whole page is embedded in another
      const source = await PDFDocument.create()
      source.addPage([400, 300]).drawText('Inside a form', { x: 20, y: 250, font: await source.embedFont(StandardFonts.Helvetica) })
      page.drawPage(await pdf.embedPage(source.getPage(0)))
    }
  }
  // Saved and read back, as the export reads Slidev's file (pdf-lib writes embedded pages on save)
  return PDFDocument.load(await pdf.save())
}

describe('pagesWithoutText', () => {
  it('finds the blank pages of a render, by number', async () => {
    expect(pagesWithoutText(await pdfWithPages(['text', 'blank', 'text-in-form', 'blank']))).toEqual([2, 4])
  })

  it('finds none when every page draws text', async () => {
    expect(pagesWithoutText(await pdfWithPages(['text', 'text-in-form']))).toEqual([])
  })
})

describe('loadSlidesPdf', () => {
  it('opens a PDF with one page per slide', async () => {
    const bytes = await (await pdfWithPages(['text', 'text'])).save()
    expect((await loadSlidesPdf(bytes, 2)).getPageCount()).toBe(2)
  })

  it('rejects a PDF whose page count is not the slide count', async () => {
    const bytes = await (await pdfWithPages(['text', 'text'])).save()
    await expect(loadSlidesPdf(bytes, 3)).rejects.toThrow('The exported PDF has 2 pages, expected one per slide (3).')
  })

  it('rejects bytes that are not a PDF', async () => {
    await expect(loadSlidesPdf(new TextEncoder().encode('not a pdf'), 1)).rejects.toThrow('The exported file is not a readable PDF')
  })
})
