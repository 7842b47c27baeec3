/**
 * Writes a PDF's outline (the bookmarks a viewer lists beside the pages): one flat entry per
 * slide, in order, each opening its page. pdf-lib has no outline API, so this builds the
 * outline dictionaries of the PDF specification (ISO 32000-1, 12.3.3) directly.
 */
import type { PDFDocument, PDFRef } from 'pdf-lib'
import { PDFHexString, PDFName } from 'pdf-lib'

export interface OutlineEntry {
  title: string
  /** 0-based index of the page the entry opens. */
  pageIndex: number
}

/** Replaces the outline of `pdf` with `entries`, and asks viewers to show it on opening. */
export function setPdfOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  const { context } = pdf
  const pages = pdf.getPages()
  const rootRef = context.nextRef()
  const itemRefs = entries.map(() => context.nextRef())
  entries.forEach((entry, i) => {
    const page = pages[entry.pageIndex]
    if (page === undefined)
      throw new RangeError(`Outline entry "${entry.title}" points to page ${entry.pageIndex + 1}, but the PDF has ${pages.length} pages`)
    const links: Record<string, PDFRef> = {}
    if (i > 0)
      links.Prev = itemRefs[i - 1]!
    if (i < entries.length - 1)
      links.Next = itemRefs[i + 1]!
    context.assign(itemRefs[i]!, context.obj({
      // A hex string in UTF-16: any title, accents and typographic quotes included
      Title: PDFHexString.fromText(entry.title),
      Parent: rootRef,
      ...links,
      Dest: [page.ref, 'Fit'],
    }))
  })
  context.assign(rootRef, context.obj({
    Type: 'Outlines',
    ...(itemRefs.length > 0 ? { First: itemRefs[0]!, Last: itemRefs.at(-1)!, Count: itemRefs.length } : {}),
  }))
  pdf.catalog.set(PDFName.of('Outlines'), rootRef)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** One entry per slide, on the page of the same rank; an untitled slide is "Slide N". */
export function slideOutlineEntries(slides: readonly { no: number, title: string }[]): OutlineEntry[] {
  return slides.map((slide, index) => ({ title: slide.title || `Slide ${slide.no}`, pageIndex: index }))
}
