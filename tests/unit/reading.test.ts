/**
 * The reading view's parts that run in Node at build time (reading/): a slide's markdown made
 * into the page's HTML, with its components in their reading form; the escaping of what goes into
 * it; and the map's paths cut to a phone's size.
 */
import { describe, expect, it } from 'vitest'
import { loadCountries } from '../../charts/atlas'
import { deck } from '../../data/deck'
import { editionOf } from '../../data/edition'
import { html, Markup } from '../../reading/html'
import { compactPath } from '../../reading/map-path'
import { slideMarkup } from '../../reading/slide-markup'

const context = {
  edition: editionOf(deck, 'en'),
  countries: await loadCountries(),
  otherEdition: { href: '/fr/read/', label: 'Version française', lang: 'fr', labelLang: 'fr' },
}

describe('html', () => {
  it('escapes what it is given, quotes too, and leaves markup it made as it is', () => {
    const text = `<b>"Tom" & 'Jerry'</b>`
    expect(html`<p title="${text}">${text}</p>`.value).toBe('<p title="&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;">&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;</p>')
    expect(html`<ul>${['a', 'b'].map(item => html`<li>${item}</li>`)}</ul>`.value).toBe('<ul><li>a</li><li>b</li></ul>')
    expect(html`${new Markup('<hr>')}${undefined}${false}`.value).toBe('<hr>')
  })
})

describe('a slide\'s markdown in the reading view', () => {
  it('takes the first # heading as the title, shows every click step, and drops the slide\'s own style', () => {
    const { heading, body } = slideMarkup('# A *new* world\n\n<v-clicks>\n\n- one\n- two\n\n</v-clicks>\n\n<p v-click class="x">three</p>\n\n<style>\n.x { color: red }\n</style>\n', context, 'slides.md, slide 2')
    expect(heading?.value).toBe('A <em>new</em> world')
    expect(body.value).toContain('<li>one</li>')
    expect(body.value).toContain('<p class="x">three</p>')
    expect(body.value).not.toMatch(/v-click|<style|color: red|<h1/)
  })

  it('puts each component in its reading form, with its props', () => {
    const { body } = slideMarkup(`# Mars\n\n<FlagshipProjects :ids="['insight-seis', 'exomars']" :reveal-from="1" brief />\n`, context, 'slides.md, slide 8')
    expect([...body.value.matchAll(/<li class="card" data-project="([^"]+)"/g)].map(match => match[1])).toEqual(['insight-seis', 'exomars'])
    expect(body.value).not.toContain('class="description"')
  })

  it('stops the build on a component with no reading form, naming the slide', () => {
    expect(() => slideMarkup('<NewChart />\n', context, 'slides.md, slide 3')).toThrow('slides.md, slide 3: <NewChart> has no reading form; add one to reading/components.ts')
  })

  it('reads a bound prop only as a number or a list of quoted strings', () => {
    expect(() => slideMarkup('<FlagshipProjects :ids="projects.filter(p => p.flagship)" />\n', context, 'slides.md, slide 7'))
      .toThrow('slides.md, slide 7, <FlagshipProjects>: the reading view reads a bound prop only as a number or a list of quoted strings')
  })
})

describe('the map\'s paths on a phone', () => {
  it('are scaled, simplified within the tolerance, rounded, and drop what rounds to nothing', () => {
    // A square with a point 0.2 units off its edge, at half size: the point goes, the corners stay.
    expect(compactPath('M0,0L50,0.4L100,0L100,100L0,100Z', 0.5, 0.75)).toBe('M0,0L50,0L50,50L0,50Z')
    // An island smaller than a unit is left out; a line keeps both ends.
    expect(compactPath('M10,10L10.4,10L10.4,10.4Z', 0.5, 0.75)).toBe('')
    expect(compactPath('M0,0L30,40', 0.5, 0.75)).toBe('M0,0L15,20')
    // The slide's own form: relative lines, a minus sign separating numbers, lower-case z.
    expect(compactPath('M10,10l90,0 0,90-90,0z', 0.5, 0.75)).toBe('M5,5L50,5L50,50L5,50Z')
  })
})
