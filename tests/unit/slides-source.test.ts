/**
 * The two editions' slides (slides.md, slides.fr.md): every slide has speaker notes, and the French
 * deck is the English one translated, slide for slide: the same layouts, the same components with
 * the same props, the same click steps announced in the notes, and a headmatter that differs only
 * in its words and its language.
 */
import { describe, expect, it } from 'vitest'
import { editions } from '../../i18n/editions'
import { loadDeckOutline } from '../../scripts/deck-outline'
import { componentsIn, editionList, slideSources } from '../support/editions'
import { clickSteps } from '../support/notes'

describe.each(editionList.map(edition => [edition.entry, edition] as const))('%s', (_, edition) => {
  it('gives every slide speaker notes', async () => {
    const { slides } = await loadDeckOutline(edition)
    expect(slides.length).toBeGreaterThan(5)
    for (const slide of slides)
      expect(slide.note.trim(), `slide ${slide.no} "${slide.title}"`).not.toBe('')
  })
})

describe('slides.fr.md, against slides.md', async () => {
  const [english, french] = await Promise.all([editions.en, editions.fr].map(loadDeckOutline))
  const [englishSources, frenchSources] = await Promise.all([editions.en, editions.fr].map(edition => slideSources(edition.entry)))

  it('has as many slides, each with the same layout', () => {
    expect(french!.slides.length).toBe(english!.slides.length)
    expect(french!.slides.map(slide => slide.layout)).toEqual(english!.slides.map(slide => slide.layout))
  })

  it('uses the same components with the same props on each slide', () => {
    for (const [index, slide] of englishSources!.entries()) {
      expect(slide.components.length, `slide ${slide.no} uses components`).toBe(frenchSources![index]!.components.length)
      expect(frenchSources![index]!.components, `slide ${slide.no}`).toEqual(slide.components)
    }
    // The check sees the charts.
    expect(englishSources!.flatMap(slide => slide.components.map(c => c.name))).toEqual(expect.arrayContaining(['SeminarTitle', 'PartnerMap', 'PriorityMatrix', 'FlagshipProjects']))
  })

  it('reveals the same click steps: as many v-click marks in each slide, and as many [click] markers in its notes', () => {
    const vClicks = (content: string) => (content.match(/\bv-clicks?\b/g) ?? []).length
    for (const [index, slide] of english!.slides.entries()) {
      const frenchSlide = french!.slides[index]!
      expect(clickSteps(frenchSlide.note), `slide ${slide.no} "${slide.title}" / "${frenchSlide.title}"`).toBe(clickSteps(slide.note))
      expect(vClicks(frenchSources![index]!.content), `slide ${slide.no}`).toBe(vClicks(englishSources![index]!.content))
    }
  })

  it('gives each slide the same frontmatter, but for its title', () => {
    for (const [index, slide] of englishSources!.entries()) {
      if (index === 0)
        continue
      const { title: _en, ...englishRest } = slide.frontmatter
      const { title: _fr, ...frenchRest } = frenchSources![index]!.frontmatter
      expect(frenchRest, `slide ${slide.no}`).toEqual(englishRest)
    }
  })

  it('has a headmatter that differs only in its words (title, titleTemplate, author, info, exportFilename) and its language (htmlAttrs.lang, lang)', () => {
    const words = ['title', 'titleTemplate', 'author', 'info', 'exportFilename']
    const [en, fr] = [englishSources![0]!.frontmatter, frenchSources![0]!.frontmatter]
    const rest = (headmatter: Record<string, unknown>) => ({
      ...Object.fromEntries(Object.entries(headmatter).filter(([key]) => ![...words, 'lang'].includes(key))),
      htmlAttrs: { ...(headmatter.htmlAttrs as Record<string, unknown>), lang: undefined },
    })
    expect(rest(fr)).toEqual(rest(en))
    for (const key of words)
      expect(fr[key], key).not.toEqual(en[key])
    // The document's language (htmlAttrs.lang), and the static index.html's (lang), both the edition's.
    for (const [headmatter, locale] of [[en, 'en'], [fr, 'fr']] as const) {
      expect((headmatter.htmlAttrs as Record<string, unknown>).lang).toBe(locale)
      expect(headmatter.lang ?? locale).toBe(locale)
    }
    expect(french!.exportFilename).toBe(`${english!.exportFilename}-fr`)
  })
})

describe('componentsIn', () => {
  it('reads each component and its props as written, bound or not', () => {
    expect(componentsIn('# T\n\n<FlagshipProjects :ids="[\'a\', \'b\']" :reveal-from="1" brief />\n<PartnerMap />\n<p v-click>x</p>')).toEqual([
      { name: 'FlagshipProjects', props: [':ids="[\'a\', \'b\']"', ':reveal-from="1"', 'brief'] },
      { name: 'PartnerMap', props: [] },
    ])
  })
})
