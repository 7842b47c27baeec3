/**
 * Reads slides.md the way Slidev does (its own parser) and returns what scripts and tests need to
 * know about the deck: its title and language, its slides with titles and speaker notes, the export
 * file name, and the headmatter settings the presenter view and the document title use.
 */
import { join, resolve } from 'node:path'
import { load, parseTimeString, resolveConfig } from '@slidev/parser/fs'

export interface OutlineSlide {
  /** 1-based, as in the deck's URLs. */
  no: number
  title: string
  layout: string
  /** Speaker notes as written, including `[click]` markers. */
  note: string
}

export interface DeckOutline {
  /** The headmatter's `title`. */
  title: string
  /** The headmatter's `htmlAttrs.lang`, a BCP 47 tag such as `en`. */
  lang: string
  slides: OutlineSlide[]
  exportFilename: string
  /** The talk's slot, from the headmatter's `duration`, in seconds: the presenter timer's start. */
  durationSeconds: number
  /** `countdown` or `stopwatch`, from the headmatter's `timer`. */
  timer: string
  /** The headmatter's `titleTemplate` (Slidev's default when absent), `%s` standing for a title. */
  titleTemplate: string
}

export const projectRoot = resolve(import.meta.dirname, '..')

/** Where an export goes by default: exports/<exportFilename><suffix>, e.g. suffix "-handout.pdf". */
export function defaultExportPath(outline: Pick<DeckOutline, 'exportFilename'>, suffix: string): string {
  return join(projectRoot, 'exports', `${outline.exportFilename}${suffix}`)
}

export async function loadDeckOutline(entry = 'slides.md'): Promise<DeckOutline> {
  const data = await load({ roots: [projectRoot], userRoot: projectRoot }, resolve(projectRoot, entry))
  const slides = data.slides
    .filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
    .map((slide, index) => ({
      no: index + 1,
      title: slide.title ?? '',
      layout: String(slide.frontmatter.layout ?? 'default'),
      note: slide.note ?? '',
    }))
  const { headmatter } = data
  const required = (field: string, value: unknown): string => {
    if (typeof value !== 'string' || value === '')
      throw new Error(`${entry}: the headmatter needs a ${field}`)
    return value
  }
  // Slidev's own defaults fill in what the headmatter leaves out.
  const config = resolveConfig(headmatter, {}, entry)
  return {
    title: required('title', headmatter.title),
    lang: required('htmlAttrs.lang', (headmatter.htmlAttrs as Record<string, unknown> | undefined)?.lang),
    slides,
    exportFilename: required('exportFilename', headmatter.exportFilename),
    durationSeconds: parseTimeString(config.duration).seconds,
    timer: config.timer,
    titleTemplate: config.titleTemplate,
  }
}
