/**
 * The metadata every export carries (the PDF, the handout, the PPTX), drawn from the deck's
 * headmatter and from data/, never typed in twice: title, author, subject, keywords, language and
 * a fixed date.
 */
import type { PDFDocument } from 'pdf-lib'
import type { DeckOutline } from './deck-outline'
import { deck } from '../data/deck'
import { editionOf } from '../data/edition'
import { wordsIn } from '../i18n/messages'

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
