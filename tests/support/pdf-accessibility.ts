/**
 * The accessibility checks of an exported PDF (issue 13), run on its structure tree as two
 * independent readers see it (tests/support/pdf-structure.ts) and on its fonts (pdffonts): what
 * the document declares (tags, language, title shown, XMP with the PDF/UA identifier), and page by
 * page what a screen reader meets (one H1, the slide's title; each chart a Figure whose alternate
 * text states its numbers; lists, the quote, the handout's notes after their slide). Returns the
 * problems found, each naming its page, so that a test can also see a broken PDF fail.
 */
import type { DeckEdition } from '../../data/edition'
import type { TestedEdition } from './editions'
import type { StructElement } from './pdf-structure'
import { chartAlternative } from '../../charts/chart-text'
import { layoutCooperationTimeline } from '../../charts/cooperation-timeline'
import { layoutPartnerCategories } from '../../charts/partner-categories'
import { layoutPartnerMap } from '../../charts/partner-map'
import { layoutPriorityMatrix } from '../../charts/priority-matrix'
import { slideSources } from './editions'
import { decodeXml, embeddedFontRows } from './pdf'
import { allElements, readPdfStructure } from './pdf-structure'

export interface ExpectedPage {
  title: string
  /** Each chart's accessible name in the web deck, in reading order: its Figure's /Alt. */
  figures: readonly string[]
  /** Whether the slide shows a list (L, LI). */
  list: boolean
  /** Whether the slide shows a quote (BlockQuote). */
  quote: boolean
  /** The handout only: the notes' paragraphs, which must be paragraphs after the slide's title. */
  notes?: readonly string[]
}

export interface ExpectedDocument {
  title: string
  author: string
  lang: string
  pages: readonly ExpectedPage[]
}

/** Text compared without its spaces (poppler joins a heading's lines without one) and with straight apostrophes. */
const squeezed = (text: string) => text.replace(/\s+/g, '').replace(/[’‘ʼ]/g, '\'')

/**
 * Whether poppler's text of an element is `expected`. Inter draws ’ with the glyph of ʼ (U+02BC),
 * so Chromium wraps it in a marked-content span whose ActualText says ’; poppler's struct-text
 * stops an element's text at such a span. Text up to a ʼ only has to begin `expected`.
 */
function sameText(found: string, expected: string): boolean {
  return squeezed(found) === squeezed(expected) || (found.endsWith('ʼ') && squeezed(expected).startsWith(squeezed(found)))
}

function documentProblems(pdf: string, expected: ExpectedDocument): string[] {
  const structure = readPdfStructure(pdf)
  const problems: string[] = []
  if (!structure.marked || structure.elements.length === 0)
    problems.push('the PDF is not tagged')
  if (structure.lang !== expected.lang)
    problems.push(`the catalog's /Lang is ${structure.lang}, expected ${expected.lang}`)
  if (!structure.displayDocTitle)
    problems.push('/DisplayDocTitle is not true')
  const xmp = decodeXml(structure.xmp)
  for (const [field, value] of [['dc:title', expected.title], ['dc:creator', expected.author], ['dc:language', expected.lang], ['pdfuaid:part', '1']] as const) {
    const held = xmp.match(new RegExp(`<${field}>([\\s\\S]*?)</${field}>`))?.[1]?.replace(/<[^>]+>/g, '').trim()
    if (held !== value)
      problems.push(`XMP ${field} is ${held === undefined ? 'missing' : `"${held}"`}, expected "${value}"`)
  }
  const standard = new Set(['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private', 'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP', 'Figure', 'Formula', 'Form'])
  const elements = allElements(structure.elements)
  for (const type of new Set(elements.map(element => element.type).filter(type => !standard.has(type))))
    problems.push(`structure type ${type} is not a PDF 1.7 standard type, nor role-mapped to one`)
  const backwards = elements.findIndex((element, index) => index > 0 && element.page !== undefined && element.page < Math.max(...elements.slice(0, index).map(before => before.page ?? 0)))
  if (backwards >= 0)
    problems.push(`the reading order goes back from a later page to page ${elements[backwards]!.page} ("${elements[backwards]!.text.slice(0, 40)}")`)
  for (const element of elements.filter(element => element.type === 'Figure' && !element.alt))
    problems.push(`page ${element.page}: a Figure has no alternate text`)
  return [...problems, ...expected.pages.flatMap((page, index) => pageProblems(index + 1, page, elements))]
}

function pageProblems(no: number, expected: ExpectedPage, elements: readonly StructElement[]): string[] {
  const problems: string[] = []
  const onPage = elements.filter(element => element.page === no)
  const headings = onPage.filter(element => element.type === 'H1')
  if (headings.length !== 1 || !sameText(headings[0]!.text, expected.title))
    problems.push(`page ${no}: expected one H1, "${expected.title}", found ${headings.map(h => `"${h.text}"`).join(', ') || 'none'}`)
  const alts = onPage.filter(element => element.type === 'Figure').map(figure => figure.alt ?? '(none)')
  if (alts.join('\n') !== expected.figures.join('\n'))
    problems.push(`page ${no}: expected Figures with the alternate texts ${JSON.stringify(expected.figures)}, found ${JSON.stringify(alts)}`)
  if (expected.list && !onPage.some(element => element.type === 'L' && element.kids.some(kid => kid.type === 'LI')))
    problems.push(`page ${no}: the slide's list is not an L with LI`)
  if (expected.quote && !onPage.some(element => element.type === 'BlockQuote'))
    problems.push(`page ${no}: the quote is not a BlockQuote`)
  if (expected.notes !== undefined) {
    const headingAt = elements.indexOf(headings[0]!)
    const paragraphs = elements.slice(headingAt + 1).filter(element => element.page === no && element.type === 'P')
    for (const paragraph of expected.notes.filter(note => !paragraphs.some(element => sameText(element.text, note))))
      problems.push(`page ${no}: the note "${paragraph.slice(0, 40)}…" is not a paragraph after the slide's title`)
  }
  return problems
}

/** Every font embedded, with a ToUnicode map, and the deck's own (Inter): no glyph from a system font. */
function fontProblems(pdf: string): string[] {
  return embeddedFontRows(pdf).flatMap((row) => {
    const columns = row.line.split(/\s+/)
    const [embedded, , unicode] = columns.slice(-5)
    if (embedded !== 'yes' || unicode !== 'yes')
      return [`font ${row.name} is not embedded with a ToUnicode map`]
    return row.name.includes('Inter') ? [] : [`font ${row.name} is not the deck's font (Inter): a glyph came from a system font`]
  })
}

export function accessibilityProblems(pdf: string, expected: ExpectedDocument): string[] {
  return [...documentProblems(pdf, expected), ...fontProblems(pdf)]
}

/** Each chart component's accessible name in an edition: the alternate text its Figure must carry. */
function chartAlternatives(edition: DeckEdition): Record<string, string> {
  return {
    // The map's words do not depend on its outlines, which load later (charts/vite-plugin.ts)
    PartnerMap: chartAlternative(layoutPartnerMap(edition, undefined, 'hatch').text),
    PartnerCategoriesChart: chartAlternative(layoutPartnerCategories(edition).text),
    PriorityMatrix: chartAlternative(layoutPriorityMatrix(edition).text),
    CooperationTimeline: chartAlternative(layoutCooperationTimeline(edition).text),
  }
}

/** What an edition's PDF must say, page by page, read from its markdown and its charts' layouts. */
export async function expectedDocument({ edition, outline, data }: TestedEdition): Promise<ExpectedDocument> {
  const alternatives = chartAlternatives(data)
  const sources = await slideSources(edition.entry)
  return {
    title: outline.title,
    author: `${data.event.speaker}, ${data.event.speakerAffiliation}`,
    lang: outline.lang,
    pages: outline.slides.map((slide, index) => {
      const source = sources[index]!
      return {
        title: slide.title,
        figures: source.components.flatMap(component => alternatives[component.name] ?? []),
        list: /^\s*(?:[-*]|\d+\.)\s/m.test(source.content),
        quote: source.content.includes('<blockquote'),
      }
    }),
  }
}
