/**
 * What a shared link to the hosted deck shows (Open Graph and Twitter cards): each edition's title,
 * its description and a 1200 × 630 picture of its title slide (scripts/preview-image.ts makes it
 * after the build). Slidev writes its own description and author wrapped in literal quotes
 * (`content="&quot;…&quot;"`, a JSON string put in an attribute) and no picture: this build-only
 * Vite plugin replaces its description, author, og: and twitter: tags with these.
 *
 * Sites that show previews want absolute URLs: the build takes the site's origin
 * (`npm run build -- --site-origin https://example.org`, scripts/deck.ts), which reaches this plugin
 * in the one environment variable below. Without it the picture's URL is relative (from the site's
 * root) and there is no og:url; the build says so.
 */
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import type { Edition } from '../i18n/editions'
import process from 'node:process'
import { decodeHTML, escapeAttribute } from 'entities'

/** The environment variable scripts/deck.ts passes `--site-origin` in, to each `slidev build`. */
export const siteOriginVariable = 'DECK_SITE_ORIGIN'

/** The picture's file name in each edition's folder, and its size (Open Graph's large card). */
export const previewImage = { file: 'og-image.png', width: 1200, height: 630 } as const

/** Open Graph's locale names for the editions' languages. */
const ogLocales: Record<Edition['locale'], string> = { en: 'en_GB', fr: 'fr_FR' }

export interface LinkPreview {
  title: string
  description: string
  author: string
  locale: Edition['locale']
  /** The edition's address: `<origin><base>`, or undefined when the build has no origin. */
  pageUrl: string | undefined
  /** The picture's address: absolute with an origin, else from the site's root. */
  imageUrl: string
  /** What the picture shows, for readers that cannot see it. */
  imageAlt: string
}

/** The `<meta>` tags of a link preview, one per line, every value escaped for an attribute. */
export function linkPreviewTags(preview: LinkPreview): string {
  const tags: Array<['name' | 'property', string, string | number | undefined]> = [
    ['name', 'description', preview.description],
    ['name', 'author', preview.author],
    ['property', 'og:type', 'website'],
    ['property', 'og:locale', ogLocales[preview.locale]],
    ['property', 'og:title', preview.title],
    ['property', 'og:description', preview.description],
    ['property', 'og:url', preview.pageUrl],
    ['property', 'og:image', preview.imageUrl],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', previewImage.width],
    ['property', 'og:image:height', previewImage.height],
    ['property', 'og:image:alt', preview.imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', preview.title],
    ['name', 'twitter:description', preview.description],
    ['name', 'twitter:image', preview.imageUrl],
    ['name', 'twitter:image:alt', preview.imageAlt],
  ]
  return tags
    .filter(([, , content]) => content !== undefined)
    .map(([kind, key, content]) => `<meta ${kind}="${key}" content="${escapeAttribute(String(content))}">`)
    .join('\n')
}

/** The site's origin from `--site-origin`, checked: `https://host[:port]`, nothing after it. */
export function parseSiteOrigin(text: string): string {
  let url: URL
  try {
    url = new URL(text)
  }
  catch {
    throw new Error(`--site-origin must be an origin such as https://example.org, got "${text}"`)
  }
  if (!['https:', 'http:'].includes(url.protocol) || url.origin !== text.replace(/\/$/, ''))
    throw new Error(`--site-origin must be an origin such as https://example.org (no path: that is --base), got "${text}"`)
  return url.origin
}

/** What the build says when it has no origin. */
export const relativePreviewNotice = 'Link previews use relative URLs (no og:url): most sites that show previews need absolute ones. Build with --site-origin https://<your host> to make them absolute.'

/** Slidev's own tags that linkPreviewTags replaces. */
const replacedTags = /<meta (?:name="(?:description|author|keywords)"|property="(?:og|twitter):[^"]*")[^>]*>\n?/g

export function linkPreview(options: ResolvedSlidevOptions, edition: Edition): Plugin {
  let base = '/'
  return {
    name: 'deck-link-preview',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const { headmatter } = options.data
        const escapedTitle = /<title>([^<]*)<\/title>/.exec(html)?.[1]
        if (escapedTitle === undefined)
          throw new Error('deck-link-preview: Slidev\'s index.html has no <title>')
        const title = decodeHTML(escapedTitle)
        const origin = process.env[siteOriginVariable]
        const pageUrl = origin === undefined ? undefined : `${origin}${base}`
        // Without an origin, from the site's root: the same file for every deep link (/N, /presenter/N).
        const tags = linkPreviewTags({
          title,
          description: String(headmatter.info ?? ''),
          author: String(headmatter.author ?? ''),
          locale: edition.locale,
          pageUrl,
          imageUrl: `${origin ?? ''}${base}${previewImage.file}`,
          imageAlt: title,
        })
        return html.replace(replacedTags, '').replace('</title>', `</title>\n${tags}`)
      },
    },
  }
}
