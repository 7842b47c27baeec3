/**
 * Reads slides.md the way Slidev does (its own parser) and returns what scripts and tests need to
 * know about the deck: its slides with titles and speaker notes, and the export file name.
 */
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export interface OutlineSlide {
  /** 1-based, as in the deck's URLs. */
  no: number
  title: string
  layout: string
  /** Speaker notes as written, including `[click]` markers. */
  note: string
}

export interface DeckOutline {
  /** The deck's title, from the headmatter. */
  title: string
  slides: OutlineSlide[]
  exportFilename: string
}

export const projectRoot = resolve(import.meta.dirname, '..')

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
  const requiredText = (key: string): string => {
    const value = data.headmatter[key]
    if (typeof value !== 'string' || value === '')
      throw new Error(`${entry}: the headmatter needs a ${key}`)
    return value
  }
  return { title: requiredText('title'), slides, exportFilename: requiredText('exportFilename') }
}
