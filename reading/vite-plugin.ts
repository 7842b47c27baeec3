/**
 * The reading view in the public build (reading/page.ts): for each edition, `<base>read/index.html`
 * and its script, written with the bundle so that the offline worker precaches them; and, first in
 * the deck's index.html, the small script that opens the reading view on a phone
 * (reading/open-reading.js). The dev server, the presenter and the exports have neither.
 */
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import type { Edition } from '../i18n/editions'
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { escapeAttribute } from 'entities'
import { loadCountries } from '../charts/atlas'
import { deckDataModule } from '../data/data-module'
import { editionOf } from '../data/edition'
import { importDeck } from '../data/vite-plugin'
import { builtDeckFont } from '../fonts/vite-plugin'
import { editionHref } from '../i18n/editions'
import { wordsIn } from '../i18n/messages'
import { readingPage } from './page'
import { opensAtSlide1, readingFolder, readingMedia, readingScript, slideHrefTemplate, slidesParameter, viewChoiceKey } from './switch'

/** The script that opens the reading view, beside the deck's index.html. */
export const openReadingScript = 'open-reading.js'

const here = import.meta.dirname

/** What the page needs of the bundle Vite wrote: its files' names and its stylesheets' text. */
type BuiltFiles = Readonly<Record<string, { fileName: string } & ({ type: 'asset', source: string | Uint8Array } | { type: 'chunk' })>>

/** The deck's @font-face rules from the built stylesheets, their font URLs made absolute (the page lives in read/). */
function fontFacesIn(bundle: BuiltFiles, base: string): { rules: string, preload?: string } {
  const fonts = new Map(Object.values(bundle).filter(file => file.fileName.endsWith('.woff2')).map(file => [basename(file.fileName), file.fileName]))
  const rules = Object.values(bundle)
    .flatMap(file => file.type === 'asset' && file.fileName.endsWith('.css') ? (typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source)).match(/@font-face\{[^}]*\}/g) ?? [] : [])
    .map(rule => rule.replace(/url\(([^)]*)\)/g, (whole, url: string) => {
      const file = fonts.get(basename(url.replace(/['"]/g, '')))
      return file === undefined ? whole : `url(${base}${file})`
    }))
  // `optional`, not the slides' `swap`: a font that comes late is not swapped in under the reader's
  // eyes (a layout shift); it is used from the next page on, from the cache.
  const optional = rules.map(rule => rule.replace(/font-display:\s*swap/, 'font-display:optional'))
  const preload = [...fonts.values()].find(file => builtDeckFont.test(file))
  return { rules: [...new Set(optional)].join('\n'), ...(preload ? { preload: `${base}${preload}` } : {}) }
}

export function readingView(options: ResolvedSlidevOptions, edition: Edition): Plugin {
  let base = '/'
  const hashRouting = options.data.config.routerMode === 'hash'
  return {
    name: 'deck-reading-view',
    apply: 'build',
    // After Vite's own plugins have emitted the stylesheets, whose @font-face rules the page takes.
    enforce: 'post',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'pre',
      // Right after the viewport's <meta>: before it, a phone's browser lays the page out 980 px
      // wide and the media query would not match; before the stylesheets, which it need not wait for.
      handler(page) {
        const attributes = Object.entries({
          'src': `${base}${openReadingScript}`,
          'data-base': base,
          'data-reading': `${base}${readingFolder}`,
          'data-media': readingMedia,
          'data-choice': viewChoiceKey,
          'data-parameter': slidesParameter,
          'data-first-screen': opensAtSlide1,
          ...(hashRouting ? { 'data-hash-routing': '' } : {}),
        }).map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')
        const viewport = /<meta name="viewport"[^>]*>/
        if (!viewport.test(page))
          throw new Error('deck-reading-view: Slidev\'s index.html has no viewport <meta>')
        return page.replace(viewport, meta => `${meta}\n<script ${attributes}></script>`)
      },
    },
    async generateBundle(_, bundle) {
      const [deck, countries] = await Promise.all([importDeck(deckDataModule, file => this.addWatchFile(file)), loadCountries()])
      const other = wordsIn(edition.locale).ui.otherEdition
      const { headmatter } = options.data
      const fonts = fontFacesIn(bundle, base)
      const page = readingPage({
        context: {
          edition: editionOf(deck, edition.locale),
          countries,
          otherEdition: {
            href: `${editionHref(edition.locale, other.lang, base)}${readingFolder}`,
            label: other.label,
            lang: other.lang,
            ...(other.labelLang === edition.locale ? {} : { labelLang: other.labelLang }),
          },
        },
        slides: options.data.slides,
        entry: edition.entry,
        title: String(headmatter.title ?? ''),
        description: String(headmatter.info ?? ''),
        base,
        slideHref: slideHrefTemplate(base, hashRouting),
        fontFaces: fonts.rules,
        ...(fonts.preload ? { preloadFont: fonts.preload } : {}),
      })
      this.emitFile({ type: 'asset', fileName: `${readingFolder}index.html`, source: page })
      this.emitFile({ type: 'asset', fileName: `${readingFolder}${readingScript}`, source: await readFile(resolve(here, 'reading.js'), 'utf8') })
      this.emitFile({ type: 'asset', fileName: openReadingScript, source: await readFile(resolve(here, 'open-reading.js'), 'utf8') })
    },
  }
}
