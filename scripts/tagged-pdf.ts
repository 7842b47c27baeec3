import type { PDFDocument } from 'pdf-lib'
/**
 * What a tagged PDF printed by Chromium needs before a screen reader, and PDF/UA-1 (ISO 14289-1),
 * accept it: its structure tree read in PDF 1.7's standard types, and its document level (XMP
 * metadata with the PDF/UA identifier, the language, the title shown in the window).
 *
 * pdf-lib has no API for the structure tree or XMP: this works on the dictionaries the PDF
 * specification (ISO 32000-1, 14.7 and 14.3.2) defines.
 */
import type { DocumentInfo } from './deck-pdf'
import { PDFArray, PDFDict, PDFName, PDFRef } from 'pdf-lib'

/**
 * Chromium writes PDF 2.0's Strong and Em for <strong> and <em>; PDF 1.7, which PDF/UA-1 builds
 * on, has no such types, and readers that follow it drop what they hold. A role map makes them
 * spans of text, as PDF 1.7 asks for a type it does not define.
 */
export const roleMap = { Strong: 'Span', Em: 'Span' } as const

/** Every structure element under the tree's root, depth first: in the tree's (the reading) order. */
export function structureElements(pdf: PDFDocument): PDFDict[] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const below = (element: PDFDict): PDFDict[] => kidElements(pdf, element).flatMap(kid => [kid, ...below(kid)])
  return root === undefined ? [] : below(root)
}

/** The structure elements directly under `element` (not its marked content). */
function kidElements(pdf: PDFDocument, element: PDFDict): PDFDict[] {
  const kids = element.get(PDFName.of('K'))
  const items = kids instanceof PDFArray ? kids.asArray() : [kids]
  return items.flatMap((item) => {
    const kid = item instanceof PDFRef ? pdf.context.lookup(item) : undefined
    return kid instanceof PDFDict && kid.get(PDFName.of('S')) instanceof PDFName ? [kid] : []
  })
}

/**
 * Figures as PDF means them: a picture, read through its alternate text. Chromium tags every HTML
 * <figure> as a Figure, and SVG shapes that listen to clicks (the map's countries) as Figures of
 * their own, without alternate text:
 * - a Figure without /Alt that groups other structure (a chart with its caption, a quote with its
 *   attribution) becomes a Div: the chart inside stays a Figure with its /Alt, the caption a
 *   Caption, the quote a BlockQuote;
 * - a Figure without /Alt inside a Figure that has one is part of that picture: NonStruct.
 * A Figure without /Alt anywhere else stays as it is, for the checks to find.
 */
function normaliseFigures(pdf: PDFDocument): void {
  const figure = PDFName.of('Figure')
  const alt = PDFName.of('Alt')
  const visit = (element: PDFDict, insidePicture: boolean) => {
    const isFigure = element.get(PDFName.of('S')) === figure
    if (isFigure && !element.has(alt)) {
      if (insidePicture)
        element.set(PDFName.of('S'), PDFName.of('NonStruct'))
      else if (kidElements(pdf, element).length > 0)
        element.set(PDFName.of('S'), PDFName.of('Div'))
    }
    for (const kid of kidElements(pdf, element))
      visit(kid, insidePicture || (isFigure && element.has(alt)))
  }
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
  for (const top of kidElements(pdf, root))
    visit(top, false)
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeXml = (text: string) => text.replace(/[&<>"]/g, char => xmlEscapes[char]!)

/** The XMP packet (ISO 16684-1) PDF/UA-1 asks for: Dublin Core, the PDF's own fields, and pdfuaid:part 1. */
export function xmpMetadata(info: DocumentInfo, producer: string): string {
  const date = info.date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const lang = escapeXml(info.language)
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(info.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>${alt(info.subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>${escapeXml(info.keywords.join(', '))}</pdf:Keywords>
<pdf:Producer>${escapeXml(producer)}</pdf:Producer>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}

/**
 * Makes a PDF that Chromium printed with `tagged: true` readable as PDF/UA asks: its structure in
 * PDF 1.7 types, its language, its title shown by viewers, and XMP metadata matching `info`.
 * Fails when the PDF is not tagged: printing without tags is a bug, not a choice.
 */
export function finishTaggedPdf(pdf: PDFDocument, info: DocumentInfo, producer: string): void {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (root === undefined)
    throw new Error('The printed PDF has no structure tree: it was not printed with tags.')
  root.set(PDFName.of('RoleMap'), pdf.context.obj(Object.fromEntries(Object.entries(roleMap).map(([from, to]) => [from, PDFName.of(to)]))))
  normaliseFigures(pdf)
  pdf.catalog.set(PDFName.of('MarkInfo'), pdf.context.obj({ Marked: true }))
  pdf.setLanguage(info.language)
  const xmp = pdf.context.stream(new TextEncoder().encode(xmpMetadata(info, producer)), { Type: 'Metadata', Subtype: 'XML' })
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(xmp))
}
