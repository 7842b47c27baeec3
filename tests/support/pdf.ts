/**
 * Reading an exported PDF back the way a reader would, with poppler's tools (poppler-utils): its
 * text, fonts, images, outline and rendered pages.
 */
import type { Buffer } from 'node:buffer'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { runPdfTool } from './pdf-tools'

/** Collapses whitespace and typographic apostrophes, as pdftotext's layout varies them. */
export const normalise = (text: string): string => text.replace(/\s+/g, ' ').replace(/[’‘]/g, '\'').trim()

/** The text of one page (1-based), normalised. */
export function pageText(pdf: string, page: number): string {
  return normalise(runPdfTool('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']))
}

export function pageCount(pdf: string): number {
  return Number(pdfInfo(pdf).Pages)
}

export interface FontRow { name: string, embedded: boolean, line: string }

/** pdffonts' table: one row per font, with whether it is embedded. */
export function embeddedFontRows(pdf: string): FontRow[] {
  return runPdfTool('pdffonts', [pdf]).trim().split('\n').slice(2).map(line => ({
    name: line.split(/\s+/)[0]!,
    // Columns from the end: emb sub uni object ID
    embedded: line.split(/\s+/).at(-5) === 'yes',
    line,
  }))
}

/** pdfimages' list of raster images, one line each (empty when the PDF has none). */
export function imageRows(pdf: string): string[] {
  return runPdfTool('pdfimages', ['-list', pdf]).trim().split('\n').slice(2)
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' }

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#'))
      return String.fromCodePoint(Number(name.slice(1)))
    return xmlEntities[name] ?? whole
  })
}

/** The outline (bookmarks) as poppler reads it: each entry's title and the page it opens. */
export function outlineOf(pdf: string): { title: string, page: number }[] {
  const xml = runPdfTool('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf])
  const outline = xml.match(/<outline>([\s\S]*)<\/outline>/)?.[1] ?? ''
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)]
    .map(match => ({ title: decodeXml(match[2]!), page: Number(match[1]) }))
}

/** Renders every page at 50 dpi; returns each page's raw pixels (PPM), in page order. */
export function renderPages(pdf: string, prefix: string): Buffer[] {
  runPdfTool('pdftoppm', ['-r', '50', pdf, prefix])
  const pageNumber = (file: string) => Number(file.match(/-(\d+)\.ppm$/)?.[1])
  return readdirSync(dirname(prefix))
    .filter(file => file.startsWith(`${basename(prefix)}-`) && file.endsWith('.ppm'))
    .sort((a, b) => pageNumber(a) - pageNumber(b))
    .map(file => readFileSync(join(dirname(prefix), file)))
}

/** pdfinfo's fields (Title, Author, Pages, Page size, …), dates in ISO 8601. */
export function pdfInfo(pdf: string): Record<string, string> {
  const lines = runPdfTool('pdfinfo', ['-isodates', pdf]).split('\n')
  return Object.fromEntries(lines.flatMap((line) => {
    const colon = line.indexOf(':')
    return colon > 0 ? [[line.slice(0, colon), line.slice(colon + 1).trim()]] : []
  }))
}
