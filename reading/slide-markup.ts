/**
 * A slide's markdown (as Slidev parsed it from slides.md) as the reading view's HTML: rendered by
 * markdown-it, as Slidev renders it, with what only makes sense on a slide taken out (the slide's
 * own <style>, `<v-clicks>` and `v-click`: every click step shows) and each component tag replaced
 * by its reading form (reading/components.ts). The slide's first `# heading` is its title, which the
 * page writes itself.
 */
import type { ComponentProps, ReadingContext } from './components'
import MarkdownIt from 'markdown-it'
import { readingComponents } from './components'
import { Markup } from './html'

const markdown = new MarkdownIt({ html: true, typographer: true })

/** A component tag as the slides write them: `<PartnerMap />`, `<FlagshipProjects :ids="['a', 'b']" brief />`. */
const componentTag = /<([A-Z][\w-]*)((?:\s+[:\w-]+(?:="[^"]*")?)*)\s*\/>/g
const attributePattern = /(:?)([\w-]+)(?:="([^"]*)")?/g

const camelCase = (name: string): string => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())

/**
 * A bound prop's value: a number, or a list of quoted strings (`['jason-3', 'swot']`). The slides
 * need no other kind; anything else is refused rather than run.
 */
function boundValue(expression: string, where: string): number | readonly string[] {
  const text = expression.trim()
  if (/^-?\d+(?:\.\d+)?$/.test(text))
    return Number(text)
  if (text.startsWith('[') && text.endsWith(']')) {
    const items = text.slice(1, -1).split(',').map(item => item.trim()).filter(item => item !== '')
    if (items.every(item => /^'[^']*'$/.test(item)))
      return items.map(item => item.slice(1, -1))
  }
  throw new Error(`${where}: the reading view reads a bound prop only as a number or a list of quoted strings, not ${expression}`)
}

function parseProps(attributes: string, where: string): ComponentProps {
  const props: Record<string, string | number | boolean | readonly string[]> = {}
  for (const [, bound, name, value] of attributes.matchAll(attributePattern))
    props[camelCase(name!)] = value === undefined ? true : bound ? boundValue(value, where) : value
  return props
}

export interface SlideMarkup {
  /** The slide's first `# heading`, rendered, if it has one. */
  heading?: Markup
  body: Markup
}

/** `where` names the slide in errors: "slides.md, slide 4". */
export function slideMarkup(content: string, context: ReadingContext, where: string): SlideMarkup {
  let heading: string | undefined
  const source = content
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/^# (.+)$/m, (_, text: string) => {
      heading = text.trim()
      return ''
    })
    .replace(/^\s*<\/?v-clicks>\s*$/gm, '')
    .replace(/\s+v-(?:click|after)(?:="[^"]*")?(?=[\s>/])/g, '')
  const rendered = markdown.render(source).replace(componentTag, (_, name: string, attributes: string) => {
    const render = readingComponents[name]
    if (render === undefined)
      throw new Error(`${where}: <${name}> has no reading form; add one to reading/components.ts`)
    return render(context, parseProps(attributes, `${where}, <${name}>`)).value
  })
  return { ...(heading === undefined ? {} : { heading: new Markup(markdown.renderInline(heading)) }), body: new Markup(rendered) }
}
