/**
 * The attendees' PDF: Slidev's export of one edition (slides.md, slides.fr.md), checked page by page, then given an outline
 * (one bookmark per slide), its document information, fixed dates (so the same sources give the
 * same bytes) and the digest of the sources it was rendered from. Written atomically.
 */
import type { DeckOutline } from './deck-outline'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { PDFDict, PDFDocument, PDFName, PDFStream, PDFString } from 'pdf-lib'
import { writeFileAtomically } from './atomic-file'
import { defaultExportPath } from './deck-outline'
import { deckSourceDigest } from './deck-sources'
import { documentInfo, setPdfDocumentInfo } from './document-info'
import { ExportError } from './export-command'
import { setPdfOutline, slideOutlineEntries } from './pdf-outline'
import { runSlidevExport } from './slidev-export'

/** Custom key of the PDF's document information dictionary holding deckSourceDigest(). */
const sourceDigestKey = PDFName.of('DeckSourceDigest')

/** Opens a PDF that must have one page per slide, or fails with a clear message. */
export async function loadSlidesPdf(bytes: Uint8Array, slideCount: number): Promise<PDFDocument> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false }).catch((error: unknown) => {
    throw new ExportError(`The exported file is not a readable PDF: ${String(error)}`)
  })
  if (pdf.getPageCount() !== slideCount)
    throw new ExportError(`The exported PDF has ${pdf.getPageCount()} pages, expected one per slide (${slideCount}).`)
  return pdf
}

/** Whether resources (a page's, or a form's drawn on it) use a font, looking into nested forms. */
function usesFont(resources: PDFDict | undefined, depth = 0): boolean {
  if (resources === undefined || depth > 8)
    return false
  const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict)
  if (fonts !== undefined && fonts.keys().length > 0)
    return true
  const forms = resources.lookupMaybe(PDFName.of('XObject'), PDFDict)
  return (forms?.keys() ?? []).some((name) => {
    const form = forms!.lookup(name)
    return form instanceof PDFStream && usesFont(form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), depth + 1)
  })
}

/**
 * 1-based numbers of the pages that draw no text. Every slide has at least its title, so such a
 * page is a blank render: Slidev's exporter printed before the deck had rendered.
 */
export function pagesWithoutText(pdf: PDFDocument): number[] {
  return pdf.getPages().flatMap((page, index) => usesFont(page.node.Resources()) ? [] : [index + 1])
}

/**
 * Runs Slidev's exporter into `file`. A blank render (seen once, on the first export in a fresh
 * checkout) is retried once; a second one fails the export rather than shipping blank pages.
 */
async function renderSlides(file: string, outline: DeckOutline, slidevArgs: readonly string[]): Promise<PDFDocument> {
  for (let attempt = 1; ; attempt++) {
    await runSlidevExport(file, [outline.entry, ...slidevArgs])
    const pdf = await loadSlidesPdf(await readFile(file), outline.slides.length)
    const blank = pagesWithoutText(pdf)
    if (blank.length === 0)
      return pdf
    const pages = `page${blank.length > 1 ? 's' : ''} ${blank.join(', ')}`
    if (attempt === 2)
      throw new ExportError(`Slidev's exporter rendered blank ${pages} twice in a row; nothing was written.`)
    console.warn(`Slidev's exporter rendered blank ${pages}; exporting once more.`)
  }
}

/** The digest of the sources a PDF written by exportDeckPdf() was rendered from. */
export function readSourceDigest(pdf: PDFDocument): string | undefined {
  const info = pdf.context.lookupMaybe(pdf.context.trailerInfo.Info, PDFDict)
  const digest = info?.lookupMaybe(sourceDigestKey, PDFString)
  return digest?.decodeText()
}

/** Exports the deck to `target` (atomically): one page per slide, outline, metadata, digest. */
export async function exportDeckPdf(target: string, outline: DeckOutline, slidevArgs: readonly string[] = []): Promise<void> {
  const digest = await deckSourceDigest([outline.entry, ...slidevArgs])
  await writeFileAtomically(target, async (partial) => {
    const pdf = await renderSlides(partial, outline, slidevArgs)
    setPdfOutline(pdf, slideOutlineEntries(outline.slides))
    setPdfDocumentInfo(pdf, documentInfo(outline), 'Slidev')
    pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict).set(sourceDigestKey, PDFString.of(digest))
    await writeFile(partial, await pdf.save())
  }, async (partial) => {
    await loadSlidesPdf(await readFile(partial), outline.slides.length)
  })
}

/**
 * The deck's PDF as the slides render now: the one in exports/ when it was rendered from the
 * current sources (its digest matches), else a fresh export to a temporary folder.
 */
export async function currentDeckPdf(outline: DeckOutline): Promise<Uint8Array> {
  const exported = defaultExportPath(outline, '.pdf')
  const bytes = await readFile(exported).catch(() => undefined)
  if (bytes !== undefined) {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false }).catch(() => undefined)
    if (pdf !== undefined && readSourceDigest(pdf) === await deckSourceDigest([outline.entry])) {
      console.log(`Using the slides of ${relative(process.cwd(), exported)} (up to date with the sources)`)
      return bytes
    }
  }
  console.log(`${relative(process.cwd(), exported)} is missing or older than the sources: exporting the slides afresh`)
  const dir = await mkdtemp(join(tmpdir(), 'deck-slides-'))
  try {
    const file = join(dir, 'slides.pdf')
    await exportDeckPdf(file, outline)
    return await readFile(file)
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}
