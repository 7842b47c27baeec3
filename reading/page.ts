/**
 * The reading view: the whole deck on one page, for a phone (`<base>read/`, `<base>read/#N` for
 * slide N). Made at build time (reading/vite-plugin.ts) as plain HTML with its stylesheet inline,
 * so that its first screen shows before any script runs; its one small script (reading/reading.js)
 * keeps the switch to the slides on the slide being read and registers the offline worker.
 */
import type { ReadingContext } from './components'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { wordsIn } from '../i18n/messages'
import { palette, paletteCss } from '../styles/palette'
import { html, Markup } from './html'
import { slideMarkup } from './slide-markup'
import { readingFolder, readingScript } from './switch'

/** A slide as Slidev parsed it (its `SlideInfo`): what the reading view needs of it. */
export interface SourceSlide {
  content: string
  frontmatter: Readonly<Record<string, unknown>>
}

export interface ReadingPageInput {
  context: ReadingContext
  slides: readonly SourceSlide[]
  /** The entry the slides come from, for errors: "slides.fr.md". */
  entry: string
  /** The deck's title and description (headmatter `title` and `info`). */
  title: string
  description: string
  /** The edition's base URL: `/`, `/seminar/fr/`. */
  base: string
  /** Where slide N of the deck is: `{n}` stands for the number. */
  slideHref: string
  /** The deck's @font-face rules, their URLs absolute, and the file every page needs, to preload. */
  fontFaces: string
  preloadFont?: string
}

const stylesheet = readFileSync(resolve(import.meta.dirname, 'reading.css'), 'utf8')

export function readingPage(input: ReadingPageInput): string {
  const { context, base } = input
  const { locale } = context.edition
  const { ui } = wordsIn(locale)
  const sections = input.slides.map((slide, index) => {
    const no = index + 1
    const { heading, body } = slideMarkup(slide.content, context, `${input.entry}, slide ${no}`)
    const layout = typeof slide.frontmatter.layout === 'string' ? slide.frontmatter.layout : 'default'
    const titleId = `slide-${no}-title`
    // The cover's title is its component's <h1>; every other slide's is its `# heading`, as an <h2>.
    return html`<section id="${no}" class="slide layout-${layout}" aria-labelledby="${titleId}">
${heading ? html`<h2 id="${titleId}">${heading}</h2>` : false}
${body}
</section>`
  })
  return `<!DOCTYPE html>\n${html`<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ui.reading.title(input.title)}</title>
<meta name="description" content="${input.description}">
<meta name="theme-color" content="${palette.ink}">
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
<link rel="manifest" href="${base}manifest.webmanifest">
${input.preloadFont ? html`<link rel="preload" href="${input.preloadFont}" as="font" type="font/woff2" crossorigin>` : false}
<style>
${new Markup([input.fontFaces, paletteCss(''), stylesheet].join('\n'))}
</style>
<script src="${base}${readingFolder}${readingScript}" defer data-service-worker="${base}sw.js" data-scope="${base}"></script>
</head>
<body>
<header class="reading-bar">
<p class="reading-bar-title">${input.title}</p>
<a class="switch" href="${input.slideHref.replace('{n}', '1')}" data-slide-href="${input.slideHref}">${ui.reading.toSlides}</a>
</header>
<main>
${sections}
</main>
</body>
</html>`.value}\n`
}
