/**
 * The attendees' PDF of one edition (slides.md, slides.fr.md): the deck's print view printed by
 * Chromium as a tagged PDF (scripts/print-view.ts), one page per slide, then given an outline (one
 * bookmark per slide), its document information and XMP metadata (scripts/tagged-pdf.ts), fixed
 * dates (so the same sources give the same bytes) and the digest of the sources it was rendered
 * from, and written atomically. The handout and the PPTX start from this PDF
 * (currentDeckPdf) and carry the same document information.
 */
import type { PDFRef } from 'pdf-lib'
import type { DeckOutline } from './deck-outline'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import process from 'node:process'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFStream, PDFString } from 'pdf-lib'
import { deck } from '../data/deck'
import { editionOf } from '../data/edition'
import { wordsIn } from '../i18n/messages'
import { DeckError, defaultExportPath, projectRoot, writeFileAtomically } from './files'
import { openPrintView, slideCanvas } from './print-view'
import { finishTaggedPdf } from './tagged-pdf'

/*
 * Document information: the metadata every export carries (the PDF, the handout, the PPTX), drawn
 * from the deck's headmatter and from data/, never typed in twice: title, author, subject,
 * keywords, language and a fixed date.
 */

export interface DocumentInfo {
  title: string
  /** "Speaker, Affiliation", from data/event.ts. */
  author: string
  subject: string
  keywords: string[]
  /** BCP 47 language tag, from the headmatter's htmlAttrs.lang. */
  language: string
  /**
   * The seminar's date, used as the creation and modification date: the same sources then give
   * byte-identical files, whatever day they are exported.
   */
  date: Date
}

/** A YYYY[-MM[-DD]] date as midnight UTC on its first day. */
function startOfPartialDate(value: string): Date {
  const [year = Number.NaN, month = 1, day = 1] = value.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day))
}

export function documentInfo(outline: DeckOutline): DocumentInfo {
  const { event, partners, priorities } = editionOf(deck, outline.locale)
  const { format, ui } = wordsIn(outline.locale)
  return {
    title: outline.title,
    author: `${event.speaker}, ${event.speakerAffiliation}`,
    subject: ui.exports.subject(event.name, event.venue, format.date(event.date)),
    keywords: [event.speakerAffiliation, event.name, ...priorities.map(p => p.name), ...partners.map(p => p.name)],
    language: outline.lang,
    date: startOfPartialDate(event.date),
  }
}

/** Replaces the PDF's document information (and language) with `info`. */
export function setPdfDocumentInfo(pdf: PDFDocument, info: DocumentInfo, creator: string): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true })
  pdf.setAuthor(info.author)
  pdf.setSubject(info.subject)
  // pdf-lib joins keywords with spaces; a comma keeps multi-word keywords readable
  pdf.setKeywords([info.keywords.join(', ')])
  pdf.setLanguage(info.language)
  pdf.setCreator(creator)
  pdf.setProducer('pdf-lib')
  pdf.setCreationDate(info.date)
  pdf.setModificationDate(info.date)
}

/*
 * The outline (the bookmarks a viewer lists beside the pages): one flat entry per slide, in order,
 * each opening its page. pdf-lib has no outline API, so this builds the outline dictionaries of
 * the PDF specification (ISO 32000-1, 12.3.3) directly.
 */

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

/*
 * The source digest: a digest of everything the rendered slides depend on (slides.md, components,
 * layouts, styles, data, public assets, configuration and the locked dependency versions). The
 * PDF export stamps it into the PDF, so that the handout and the PPTX can tell whether the PDF in
 * exports/ still shows the current slides (and reuse it) or is stale (and export afresh).
 */

/**
 * Top-level entries that do not change how a slide renders: outputs, caches, tests, the benchmark,
 * the commands themselves, hosting and documentation. Hidden entries (.git, .slidev, .bench, …) are
 * skipped too.
 */
const notRendered = new Set(['node_modules', 'dist', 'exports', 'test-results', 'playwright-report', 'tests', 'bench', 'scripts', 'bin', 'deploy', 'docs', 'README.md'])

async function renderedFiles(root: string): Promise<string[]> {
  const files: string[] = []
  for (const top of await readdir(root, { withFileTypes: true })) {
    if (top.name.startsWith('.') || notRendered.has(top.name) || top.name.endsWith('.local'))
      continue
    if (top.isFile()) {
      files.push(top.name)
    }
    else if (top.isDirectory()) {
      const inside = await readdir(join(root, top.name), { recursive: true, withFileTypes: true })
      files.push(...inside.filter(entry => entry.isFile()).map(entry => relative(root, join(entry.parentPath, entry.name))))
    }
  }
  return files.sort()
}

/** sha256 over the rendered sources' paths and contents, and the export options used. */
export async function deckSourceDigest(options: readonly string[] = [], root = projectRoot): Promise<string> {
  const hash = createHash('sha256')
  for (const path of await renderedFiles(root)) {
    hash.update(`${path.split(sep).join('/')}\0`)
    hash.update(await readFile(join(root, path)))
    hash.update('\0')
  }
  hash.update(JSON.stringify(options))
  return hash.digest('hex')
}

/*
 * The export: the print view printed, checked, post-processed and written atomically.
 */

/** Custom key of the PDF's document information dictionary holding deckSourceDigest(). */
const sourceDigestKey = PDFName.of('DeckSourceDigest')

/** Opens a PDF that must have one page per slide, or fails with a clear message. */
export async function loadSlidesPdf(bytes: Uint8Array, slideCount: number): Promise<PDFDocument> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false }).catch((error: unknown) => {
    throw new DeckError(`The exported file is not a readable PDF: ${String(error)}`)
  })
  if (pdf.getPageCount() !== slideCount)
    throw new DeckError(`The exported PDF has ${pdf.getPageCount()} pages, expected one per slide (${slideCount}).`)
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
 * page is a blank render: the print view was printed before the deck had rendered.
 */
export function pagesWithoutText(pdf: PDFDocument): number[] {
  return pdf.getPages().flatMap((page, index) => usesFont(page.node.Resources()) ? [] : [index + 1])
}

/**
 * Prints the print view to `file`: one canvas-sized page per slide, tagged (its structure from the
 * deck's HTML and ARIA), the charts as vector drawings.
 */
async function printSlides(file: string, outline: DeckOutline): Promise<PDFDocument> {
  const view = await openPrintView(outline)
  try {
    await view.page.pdf({
      path: file,
      width: `${slideCanvas.width}px`,
      height: `${slideCanvas.height}px`,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      printBackground: true,
      preferCSSPageSize: true,
      // Only the slides: Slidev's last slide container asks for a page break after it
      pageRanges: `1-${outline.slides.length}`,
      tagged: true,
    })
  }
  finally {
    await view.close()
  }
  const pdf = await loadSlidesPdf(await readFile(file), outline.slides.length)
  // The print view waits for every slide; a page without text would still be a blank render
  const blank = pagesWithoutText(pdf)
  if (blank.length > 0)
    throw new DeckError(`The print view printed page${blank.length > 1 ? 's' : ''} ${blank.join(', ')} blank; nothing was written.`)
  return pdf
}

/** The digest of the sources a PDF written by exportDeckPdf() was rendered from. */
export function readSourceDigest(pdf: PDFDocument): string | undefined {
  const info = pdf.context.lookupMaybe(pdf.context.trailerInfo.Info, PDFDict)
  const digest = info?.lookupMaybe(sourceDigestKey, PDFString)
  return digest?.decodeText()
}

/** Exports the deck to `target` (atomically): one page per slide, outline, metadata, digest. */
export async function exportDeckPdf(target: string, outline: DeckOutline): Promise<void> {
  const digest = await deckSourceDigest([outline.entry])
  const info = documentInfo(outline)
  await writeFileAtomically(target, async (partial) => {
    const pdf = await printSlides(partial, outline)
    setPdfOutline(pdf, slideOutlineEntries(outline.slides))
    setPdfDocumentInfo(pdf, info, 'Slidev, Chromium')
    finishTaggedPdf(pdf, info, 'pdf-lib')
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
