/**
 * Reads slides.md the way Slidev does (its own parser) and returns what scripts and tests need to
 * know about the deck: its title and language, its slides with titles and speaker notes, the export
 * file name, and the headmatter settings the presenter view and the document title use.
 */
import type { Edition } from '../i18n/editions'
import type { Locale } from '../i18n/locales'
import { join, resolve } from 'node:path'
import { load, parseTimeString, resolveConfig } from '@slidev/parser/fs'
import { checkEditionLanguage, editions } from '../i18n/editions'

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

export const projectRoot = resolve(import.meta.dirname, '..')

/** Where an export goes by default: exports/<exportFilename><suffix>, e.g. suffix "-handout.pdf". */
export function defaultExportPath(outline: Pick<DeckOutline, 'exportFilename'>, suffix: string): string {
  return join(projectRoot, 'exports', `${outline.exportFilename}${suffix}`)
}

/** Where an export goes: `--output` (relative to the project) when given, else its default path. */
export function exportPath(outline: Pick<DeckOutline, 'exportFilename'>, output: string | undefined, suffix: string): string {
  return output === undefined ? defaultExportPath(outline, suffix) : resolve(projectRoot, output)
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
