/**
 * A tagged PDF's structure tree read back by two readers that did not write it: qpdf's JSON (each
 * element's type, alternate text, language and page, the catalog, the role map) and poppler's
 * `pdfinfo -struct-text` (each element's text, in reading order). The two walk the same tree in the
 * same order; they are zipped element by element, and a disagreement between them fails the read.
 */
import { runPdfTool } from './pdf-tools'

export interface StructElement {
  /** Its standard type, through the role map: Strong mapped to Span reads as Span. */
  type: string
  alt: string | undefined
  /** 1-based page of its first marked content; undefined for an element with none below it. */
  page: number | undefined
  /** Its own text and its descendants', in reading order, as poppler extracts it. */
  text: string
  kids: StructElement[]
}

export interface PdfStructure {
  lang: string | undefined
  displayDocTitle: boolean
  marked: boolean
  roleMap: Record<string, string>
  /** The XMP metadata packet, as poppler prints it ('' when there is none). */
  xmp: string
  /** The elements under the root, in reading order (the Document element first). */
  elements: StructElement[]
}

type QpdfValue = string | number | boolean | null | QpdfValue[] | { [key: string]: QpdfValue }
type QpdfDict = Record<string, QpdfValue>

/** qpdf writes text strings as "u:…" and names as "/…". */
const qpdfText = (value: QpdfValue | undefined): string | undefined => typeof value === 'string' ? value.replace(/^u:/, '') : undefined

interface Skeleton { type: string, alt: string | undefined, page: number | undefined, kids: Skeleton[] }

function readQpdf(pdf: string): { catalog: QpdfDict, skeleton: Skeleton[] } {
  const json = JSON.parse(runPdfTool('qpdf', ['--json', pdf])) as { pages: { object: string }[], qpdf: [unknown, Record<string, { value?: QpdfValue }>] }
  const objects = json.qpdf[1]
  const resolve = (value: QpdfValue | undefined): QpdfValue | undefined =>
    typeof value === 'string' && value.endsWith(' R') ? objects[`obj:${value}`]?.value : value
  const dict = (value: QpdfValue | undefined): QpdfDict | undefined => {
    const resolved = resolve(value)
    return resolved !== null && typeof resolved === 'object' && !Array.isArray(resolved) ? resolved : undefined
  }
  const pageOf = new Map(json.pages.map((page, index) => [page.object, index + 1]))
  const catalog = dict((objects.trailer?.value as QpdfDict | undefined)?.['/Root'])!
  const root = dict(catalog['/StructTreeRoot'])
  const roleMap = Object.fromEntries(Object.entries(dict(root?.['/RoleMap']) ?? {}).map(([from, to]) => [from, String(to)]))
  const kidsOf = (value: QpdfValue | undefined): QpdfValue[] => value === undefined ? [] : Array.isArray(value) ? value : [value]
  const visit = (value: QpdfValue, inheritedPage: number | undefined): Skeleton | undefined => {
    const element = dict(value)
    if (element === undefined || typeof element['/S'] !== 'string')
      return undefined
    const ownPage = typeof element['/Pg'] === 'string' ? pageOf.get(element['/Pg']) : inheritedPage
    const kids = kidsOf(element['/K']).flatMap(kid => visit(kid, ownPage) ?? [])
    const marked = kidsOf(element['/K']).some(kid => typeof kid === 'number' || dict(kid)?.['/Type'] === '/MCR')
    const type = element['/S']
    return {
      type: (roleMap[type] ?? type).replace(/^\//, ''),
      alt: qpdfText(element['/Alt']),
      page: marked ? ownPage : kids.find(kid => kid.page !== undefined)?.page,
      kids,
    }
  }
  return { catalog: { ...catalog, '/StructTreeRoot': root ?? null }, skeleton: kidsOf(root?.['/K']).flatMap(kid => visit(kid, undefined) ?? []) }
}

interface PopplerNode { type: string, text: string, kids: PopplerNode[] }

/** Parses `pdfinfo -struct-text`: two spaces of indent per level, an element's type then its text lines. */
function readPoppler(pdf: string): PopplerNode[] {
  const top: PopplerNode[] = []
  const stack: { depth: number, node: PopplerNode }[] = []
  for (const line of runPdfTool('pdfinfo', ['-struct-text', pdf]).split('\n')) {
    const depth = line.length - line.trimStart().length
    const content = line.trim()
    if (content === '' || content.startsWith('/'))
      continue // attribute lines, as "/ListNumbering /Disc"
    while (stack.length > 0 && stack.at(-1)!.depth >= depth)
      stack.pop()
    if (content.startsWith('"')) {
      const text = content.slice(1, -1)
      for (const { node } of stack)
        node.text += text
      continue
    }
    const node: PopplerNode = { type: content.replace(/\s*\((block|inline)\):?$|:$/g, ''), text: '', kids: [] }
    ;(stack.at(-1)?.node.kids ?? top).push(node)
    stack.push({ depth, node })
  }
  return top
}

function zip(skeletons: Skeleton[], nodes: PopplerNode[], where: string): StructElement[] {
  if (skeletons.length !== nodes.length)
    throw new Error(`qpdf and poppler disagree on the structure under ${where}: ${skeletons.map(s => s.type).join(' ')} / ${nodes.map(n => n.type).join(' ')}`)
  return skeletons.map((skeleton, index) => {
    const node = nodes[index]!
    if (skeleton.type !== node.type)
      throw new Error(`qpdf and poppler disagree under ${where}: ${skeleton.type} / ${node.type}`)
    return { ...skeleton, text: node.text, kids: zip(skeleton.kids, node.kids, `${where} > ${skeleton.type}`) }
  })
}

export function readPdfStructure(pdf: string): PdfStructure {
  const { catalog, skeleton } = readQpdf(pdf)
  const preferences = catalog['/ViewerPreferences'] as QpdfDict | undefined
  const markInfo = catalog['/MarkInfo'] as QpdfDict | undefined
  const root = catalog['/StructTreeRoot'] as QpdfDict | null
  return {
    lang: qpdfText(catalog['/Lang']),
    displayDocTitle: preferences?.['/DisplayDocTitle'] === true,
    marked: markInfo?.['/Marked'] === true,
    roleMap: Object.fromEntries(Object.entries((root?.['/RoleMap'] as QpdfDict | undefined) ?? {}).map(([from, to]) => [from.slice(1), String(to).slice(1)])),
    xmp: runPdfTool('pdfinfo', ['-meta', pdf]),
    elements: zip(skeleton, readPoppler(pdf), 'the root'),
  }
}

/** Every element, depth first: the reading order. */
export function allElements(elements: readonly StructElement[]): StructElement[] {
  return elements.flatMap(element => [element, ...allElements(element.kids)])
}

/** The tree as indented lines (type, alternate text, text), for reading it, or for a failure message. */
export function outlineOfStructure(elements: readonly StructElement[], depth = 0): string[] {
  return elements.flatMap((element) => {
    const label = element.alt === undefined ? '' : ` /Alt "${element.alt}"`
    const text = element.kids.length === 0 && element.text !== '' ? ` "${element.text}"` : ''
    return [`${'  '.repeat(depth)}${element.type}${label}${text}`, ...(element.alt === undefined ? outlineOfStructure(element.kids, depth + 1) : [])]
  })
}
