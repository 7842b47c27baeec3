/**
 * Reads an edition's entry (slides.md, slides.fr.md) the way Slidev does (its own parser) and
 * returns what the commands and tests need to know about the deck: its title and language, its
 * slides with titles and speaker notes, the export file name, and the headmatter settings the
 * presenter view and the document title use. Also the speaker notes as plain paragraphs, as the
 * handout and the PPTX show them.
 */
import type { Edition } from '../i18n/editions'
import type { Locale } from '../i18n/locales'
import { resolve } from 'node:path'
import { load, parseTimeString, resolveConfig } from '@slidev/parser/fs'
import { checkEditionLanguage, editions } from '../i18n/editions'
import { projectRoot } from './files'

export interface OutlineSlide {
  /** 1-based, as in the deck's URLs. */
  no: number
  title: string
  layout: string
  /** Speaker notes as written, including `[click]` markers. */
  note: string
}

export interface DeckOutline {
  /** The Slidev entry this outline was read from, e.g. `slides.fr.md`. */
  entry: string
  /** Its edition's language, which its headmatter's htmlAttrs.lang declares. */
  locale: Locale
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

/** An entry as Slidev's parser reads it, with only the slides it shows (hidden and disabled left out). */
export async function loadShownSlides(entry: string) {
  const data = await load({ roots: [projectRoot], userRoot: projectRoot }, resolve(projectRoot, entry))
  return { headmatter: data.headmatter, slides: data.slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled) }
}

/** The outline of one edition of the deck (the English one unless named). */
export async function loadDeckOutline(edition: Edition = editions.en): Promise<DeckOutline> {
  const { entry, locale } = edition
  const data = await loadShownSlides(entry)
  const slides = data.slides
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
  const lang = required('htmlAttrs.lang', (headmatter.htmlAttrs as Record<string, unknown> | undefined)?.lang)
  checkEditionLanguage(edition, lang)
  return {
    entry,
    locale,
    title: required('title', headmatter.title),
    lang,
    slides,
    exportFilename: required('exportFilename', headmatter.exportFilename),
    durationSeconds: parseTimeString(config.duration).seconds,
    timer: config.timer,
    titleTemplate: config.titleTemplate,
  }
}

/*
 * Speaker notes as written in slides.md, turned into plain paragraphs for readers of the handout
 * and the PPTX: Slidev's `[click]` markers removed, markdown emphasis, code and links shown as
 * their plain words, one string per paragraph.
 */

/** Slidev's click marker in notes: `[click]`, or `[click:N]` for N clicks at once. */
export const clickMarker = /\[click(?::(\d+))?\]/g

/** A list item's marker at the start of a line: `- `, `* `, `+ ` or `1. `. */
const listItem = /^(?:[-*+]|\d+\.)\s+/

function plainInline(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?!\s)([^*]+)\*\B/g, '$1$2')
    .replace(/(^|\W)_(?!\s)([^_]+)_\b/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The notes as paragraphs of plain text. A blank line separates paragraphs; each list item is a
 * paragraph of its own, starting with "• ".
 */
export function notesParagraphs(note: string): string[] {
  const paragraphs: string[][] = [[]]
  for (const rawLine of note.replace(clickMarker, '').split(/\r?\n/)) {
    const line = rawLine.trim()
    if (line === '') {
      paragraphs.push([])
    }
    else if (listItem.test(line)) {
      paragraphs.push([`• ${line.replace(listItem, '')}`])
    }
    else {
      paragraphs.at(-1)!.push(line)
    }
  }
  return paragraphs.map(lines => plainInline(lines.join(' '))).filter(paragraph => paragraph !== '')
}
