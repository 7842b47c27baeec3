import { describe, expect, it } from 'vitest'
import { linkPreviewTags, parseSiteOrigin, previewImage } from '../../setup/link-preview'

const preview = {
  title: 'CNES & "partners" · <Seminar>',
  description: 'Opening presentation of CNES\'s International Affairs Seminar, CNES Head Office, Paris.',
  author: 'Jean-Yves Le Gall, CNES President',
  locale: 'en' as const,
  pageUrl: 'https://example.org/seminar/',
  imageUrl: 'https://example.org/seminar/og-image.png',
  imageAlt: 'The title slide',
}

/** The tags as [attribute, key, content] triples, content unescaped the way a browser reads it. */
function parsed(html: string): Array<[string, string, string]> {
  return [...html.matchAll(/<meta (name|property)="([^"]+)" content="([^"]*)">/g)].map(match => [match[1]!, match[2]!, match[3]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')])
}

describe('link preview tags', () => {
  it('give the title, description, author and the picture as Open Graph and Twitter cards, each value escaped once, with no quotes around it', () => {
    const html = linkPreviewTags(preview)
    expect(html.split('\n')).toHaveLength(parsed(html).length)
    expect(Object.fromEntries(parsed(html).map(([, key, content]) => [key, content]))).toEqual({
      'description': preview.description,
      'author': preview.author,
      'og:type': 'website',
      'og:locale': 'en_GB',
      'og:title': preview.title,
      'og:description': preview.description,
      'og:url': preview.pageUrl,
      'og:image': preview.imageUrl,
      'og:image:type': 'image/png',
      'og:image:width': String(previewImage.width),
      'og:image:height': String(previewImage.height),
      'og:image:alt': preview.imageAlt,
      'twitter:card': 'summary_large_image',
      'twitter:title': preview.title,
      'twitter:description': preview.description,
      'twitter:image': preview.imageUrl,
      'twitter:image:alt': preview.imageAlt,
    })
    expect(html).toContain('content="CNES &amp; &quot;partners&quot; · <Seminar>"')
    expect(html).not.toMatch(/content="&quot;/)
  })

  it('use og: properties and twitter: names, and French Open Graph locale for the French edition', () => {
    const tags = parsed(linkPreviewTags({ ...preview, locale: 'fr' }))
    expect(tags.filter(([, key]) => key.startsWith('og:')).every(([attribute]) => attribute === 'property')).toBe(true)
    expect(tags.filter(([, key]) => key.startsWith('twitter:')).every(([attribute]) => attribute === 'name')).toBe(true)
    expect(tags).toContainEqual(['property', 'og:locale', 'fr_FR'])
  })

  it('leave og:url out when the build has no origin', () => {
    const keys = parsed(linkPreviewTags({ ...preview, pageUrl: undefined, imageUrl: '/seminar/og-image.png' })).map(([, key]) => key)
    expect(keys).not.toContain('og:url')
    expect(keys).toContain('og:image')
  })
})

describe('--site-origin', () => {
  it('is an http(s) origin, a final slash allowed', () => {
    expect(parseSiteOrigin('https://example.org')).toBe('https://example.org')
    expect(parseSiteOrigin('https://example.org/')).toBe('https://example.org')
    expect(parseSiteOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080')
  })

  it.each(['example.org', 'https://example.org/seminar/', 'ftp://example.org', 'https://example.org?x=1', ''])('refuses %j', (text) => {
    expect(() => parseSiteOrigin(text)).toThrowError(/^--site-origin must be an origin such as https:\/\/example\.org/)
  })
})
