/**
 * The deck's colours have one map (styles/palette.ts): the CSS variables every style uses are
 * generated from it, reach UnoCSS (uno.config.ts, which Slidev merges into its own), and give each
 * type of partner and each priority of data/ its colour rule.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createGenerator } from 'unocss'
import { describe, expect, it } from 'vitest'
import { deck } from '../../data/deck'
import { categoryColours, palette, paletteCss, priorityColours } from '../../styles/palette'
import unoConfig from '../../uno.config'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Every `var(--deck-…)` the deck's components, layouts and styles use, but those they declare themselves (spacing). */
function usedVariables(): Set<string> {
  const folders = ['components', 'layouts', 'styles'].flatMap(folder => readdirSync(join(root, folder)).map(file => join(folder, file)))
  const files = [...folders, 'slide-bottom.vue', 'global-top.vue', 'uno.config.ts', 'slides.md', 'slides.fr.md']
  const texts = files.filter(file => /\.(?:vue|css|ts|md)$/.test(file)).map(file => readFileSync(join(root, file), 'utf8'))
  const names = (pattern: RegExp) => texts.flatMap(text => [...text.matchAll(pattern)].map(match => match[1]!))
  const declared = new Set(names(/(--deck-[\w-]+):/g))
  return new Set(names(/var\((--deck-[\w-]+)/g).filter(name => !declared.has(name)))
}

describe('the palette', () => {
  const css = paletteCss()
  const defined = [...css.matchAll(/(--deck-[\w-]+):/g)].map(match => match[1]!)

  it('defines, once, every colour variable the deck uses', () => {
    const used = usedVariables()
    expect(used.size).toBeGreaterThan(10)
    expect([...used].filter(name => !defined.includes(name))).toEqual([])
    expect(new Set(defined).size).toBe(defined.length)
    expect(defined).toEqual(Object.keys(palette).map(name => `--deck-${name}`))
  })

  it('colours every type of partner and every priority of the data, by its class', () => {
    expect(Object.keys(categoryColours)).toEqual(deck.categories.map(c => c.id))
    expect(Object.keys(priorityColours)).toEqual(deck.priorities.map(p => p.id))
    expect(css).toContain('.slidev-layout .category-new-entrant {\n  --category-colour: var(--deck-new-entrant);\n}')
    expect(css).toContain('.slidev-layout .priority-climate {\n  --priority-colour: var(--deck-climate);\n}')
    expect(css).toContain(`--deck-innovation: ${priorityColours.innovation};`)
  })

  it('reaches the deck\'s CSS through UnoCSS\'s preflights', async () => {
    const { css: generated } = await (await createGenerator(unoConfig)).generate('', { preflights: true })
    expect(generated).toContain(css)
  })
})
