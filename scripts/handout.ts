/**
 * The handout (`npm run export:handout`): one A4 portrait page per slide, for printing and for
 * reading with a screen reader: "Slide N of M", the slide itself (its HTML, scaled down: vector,
 * its text selectable, its structure tagged as in the attendees' PDF, its title the page's H1),
 * then the speaker notes under their heading as real paragraphs; an outline of the slide titles
 * and the deck's metadata.
 *
 * It is printed by Chromium from the deck's print view (scripts/print-view.ts), each slide wrapped
 * in an A4 sheet with its notes, as a tagged PDF; the footer is page furniture, left out of the
 * tags. Text is set in the deck's own font (Inter) and colours (styles/palette.ts). Written
 * atomically, like every export.
 */
import type { Page } from 'playwright-chromium'
import type { DeckOutline } from './deck-outline'
import { readFile, writeFile } from 'node:fs/promises'
import { deck } from '../data/deck'
import { editionOf } from '../data/edition'
import { wordsIn } from '../i18n/messages'
import { notesParagraphs } from './deck-outline'
import { documentInfo, loadSlidesPdf, setPdfDocumentInfo, setPdfOutline, slideOutlineEntries } from './deck-pdf'
import { DeckError, writeFileAtomically } from './files'
import { openPrintView, slideCanvas } from './print-view'
import { finishTaggedPdf } from './tagged-pdf'

/** A4 portrait, and the slide's width on it, in CSS pixels (96 per inch). */
const sheet = { width: 793.7, height: 1122.5, marginX: 66.7, marginTop: 61, marginBottom: 58 }
const slideZoom = (sheet.width - 2 * sheet.marginX) / slideCanvas.width

/** What each sheet shows around its slide, in the edition's words. */
export interface HandoutSheet {
  kicker: string
  notesHeading: string
  notes: string[]
  footer: string
  pageLabel: string
}

export function handoutSheets(outline: DeckOutline): HandoutSheet[] {
  const { event } = editionOf(deck, outline.locale)
  const { format, ui } = wordsIn(outline.locale)
  const total = outline.slides.length
  return outline.slides.map(slide => ({
    kicker: ui.exports.slideOf(slide.no, total),
    notesHeading: ui.exports.speakerNotes,
    notes: notesParagraphs(slide.note),
    footer: `${event.name} · ${format.date(event.date)}`,
    pageLabel: `${slide.no} / ${total}`,
  }))
}

const handoutCss = `
@page { size: A4 portrait; margin: 0 }
html.print, html.print body, html.print #app, html.print #page-root { width: auto !important; height: auto !important; overflow: visible !important; }
.handout-sheet {
  position: relative; box-sizing: border-box; width: ${sheet.width}px; height: ${sheet.height}px; overflow: hidden;
  padding: ${sheet.marginTop}px ${sheet.marginX}px ${sheet.marginBottom}px; break-after: page;
  font-family: Inter, sans-serif; color: var(--deck-ink); background: #fff;
}
.handout-sheet .print-slide-container { zoom: ${slideZoom}; break-after: auto; outline: 2px solid var(--deck-rule); }
.handout-kicker { margin: 0 0 10px; font-size: 12px; color: var(--deck-muted); }
.handout-notes-heading { margin: 26px 0 8px; font-size: 12px; font-weight: 700; color: var(--deck-accent); }
.handout-note { margin: 0 0 8px; font-size: 14.7px; line-height: 1.41; }
.handout-footer {
  position: absolute; left: ${sheet.marginX}px; right: ${sheet.marginX}px; bottom: ${sheet.marginBottom}px;
  display: flex; justify-content: space-between; padding-top: 8px; border-top: 0.7px solid var(--deck-rule);
  font-size: 10.7px; color: var(--deck-muted);
}`

/**
 * Wraps each slide of the print view in its sheet. Returns the 1-based numbers of the slides
 * whose notes overflow their page.
 */
async function layOutSheets(page: Page, sheets: HandoutSheet[]): Promise<number[]> {
  await page.addStyleTag({ content: handoutCss })
  // No named functions in here: tsx would wrap them in a helper (__name) the page does not have
  return page.evaluate((sheets) => {
    const overflowing: number[] = []
    document.querySelectorAll('.print-slide-container').forEach((slide, index) => {
      const words = sheets[index]!
      const [wrapper, kicker, notesHeading, footer, footerText, pageLabel] = ['article', 'p', 'h2', 'footer', 'span', 'span'].map(tag => document.createElement(tag))
      wrapper!.className = 'handout-sheet'
      slide.before(wrapper!)
      kicker!.className = 'handout-kicker'
      kicker!.textContent = words.kicker
      notesHeading!.className = 'handout-notes-heading'
      notesHeading!.textContent = words.notesHeading
      footer!.className = 'handout-footer'
      footer!.setAttribute('aria-hidden', 'true')
      footerText!.textContent = words.footer
      pageLabel!.textContent = words.pageLabel
      footer!.append(footerText!, pageLabel!)
      const notes = words.notes.map(note => Object.assign(document.createElement('p'), { className: 'handout-note', textContent: note }))
      wrapper!.append(kicker!, slide, notesHeading!, ...notes, footer!)
      const lastNote = notes.at(-1) ?? notesHeading!
      if (lastNote.getBoundingClientRect().bottom > footer!.getBoundingClientRect().top)
        overflowing.push(index + 1)
    })
    return overflowing
  }, sheets)
}

/** Prints the handout of `outline`'s edition to `file`, tagged. */
async function printHandout(file: string, outline: DeckOutline): Promise<void> {
  const view = await openPrintView(outline)
  try {
    const overflowing = await layOutSheets(view.page, handoutSheets(outline))
    if (overflowing.length > 0) {
      const slide = outline.slides[overflowing[0]! - 1]!
      throw new DeckError(`slide ${slide.no} "${slide.title}": the speaker notes do not fit on one handout page; shorten them.`)
    }
    // Only the sheets: Slidev's print view asks for a page break after its last slide
    await view.page.pdf({ path: file, preferCSSPageSize: true, printBackground: true, pageRanges: `1-${outline.slides.length}`, tagged: true })
  }
  finally {
    await view.close()
  }
}

/** Writes the handout of `outline`'s edition to `target`, atomically, checked page by page. */
export async function exportHandout(target: string, outline: DeckOutline): Promise<void> {
  const info = documentInfo(outline)
  const handoutInfo = { ...info, title: wordsIn(outline.locale).ui.exports.handoutTitle(info.title) }
  await writeFileAtomically(target, async (partial) => {
    await printHandout(partial, outline)
    const handout = await loadSlidesPdf(await readFile(partial), outline.slides.length)
    setPdfOutline(handout, slideOutlineEntries(outline.slides))
    setPdfDocumentInfo(handout, handoutInfo, 'Slidev, Chromium')
    finishTaggedPdf(handout, handoutInfo, 'pdf-lib')
    await writeFile(partial, await handout.save())
  }, async (partial) => {
    await loadSlidesPdf(await readFile(partial), outline.slides.length)
  })
}
