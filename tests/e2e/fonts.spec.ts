/**
 * The deck's font is cut to the characters the deck uses (fonts/vite-plugin.ts): nothing it shows
 * may fall outside the cut. On screen: on the built deck, in both editions, in every state the deck
 * shows something (each slide at its last click, each chart's table, each drill-down:
 * tests/support/every-state.ts), Chromium is asked (DevTools' CSS.getPlatformFontsForNode) which
 * fonts it drew each shown text with; every one must be the deck's own Inter, never a fallback
 * font standing in for a missing character. In the exports: the PDF and the handout embed Inter
 * and no other font.
 */
import type { CDPSession, Page } from '@playwright/test'
import type { RenderedFont } from '../support/deck-font'
import { existsSync } from 'node:fs'
import { isDeckFont } from '../support/deck-font'
import { loadTestedEditions } from '../support/editions'
import { visitEveryState } from '../support/every-state'
import { embeddedFontRows } from '../support/pdf'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

/** What the deck's own font is called in a PDF (a subset's name, `ABCDEF+Inter-Regular`); in the page, isDeckFont. */
const isDeckFontInPdf = (name: string): boolean => /^[A-Z]{6}\+Inter\b/.test(name)

interface DrawnText {
  text: string
  fonts: RenderedFont[]
}

const probe = 'data-font-probe'

/** Every element of the page that shows text of its own, and the fonts Chromium drew that text with. */
async function fontsOfShownText(page: Page, cdp: CDPSession): Promise<DrawnText[]> {
  const texts = await page.evaluate((probe) => {
    const found: string[] = []
    for (const element of document.body.querySelectorAll('*')) {
      const own = [...element.childNodes].filter(node => node.nodeType === Node.TEXT_NODE).map(node => node.textContent ?? '').join('')
      if (own.trim() !== '' && element.checkVisibility()) {
        element.setAttribute(probe, String(found.length))
        found.push(own)
      }
    }
    return found
  }, probe)
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `[${probe}]` })
  const drawn: DrawnText[] = []
  for (const nodeId of nodeIds) {
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId })
    const index = Number(attributes[attributes.indexOf(probe) + 1])
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    drawn.push({ text: texts[index]!, fonts })
  }
  await page.evaluate(probe => document.querySelectorAll(`[${probe}]`).forEach(element => element.removeAttribute(probe)), probe)
  return drawn
}

for (const deck of testedEditions) {
  test.describe(deck.locale, () => {
    test('every text the deck shows, on every slide and in every state, is drawn in its own Inter, none in a fallback font', async ({ page }) => {
      test.setTimeout(180_000)
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('DOM.enable')
      await cdp.send('CSS.enable')
      const fallbacks = new Set<string>()
      let drawnInInter = 0
      await visitEveryState(page, deck, async (no) => {
        for (const { text, fonts } of await fontsOfShownText(page, cdp)) {
          drawnInInter += fonts.filter(isDeckFont).length
          for (const font of fonts.filter(font => !isDeckFont(font)))
            fallbacks.add(`slide ${no}: ${font.glyphCount} glyph(s) of "${text.trim().slice(0, 80)}" drawn in ${font.familyName}${font.isCustomFont ? '' : ' (a system font)'}`)
        }
      })
      // The control: the probe does see the deck's text, drawn in Inter.
      expect(drawnInInter).toBeGreaterThan(100)
      expect([...fallbacks], 'characters missing from the deck\'s font').toEqual([])
    })

    for (const [name, pdf] of Object.entries({ PDF: deck.exports.pdf, handout: deck.exports.handout })) {
      test(`the ${name} embeds the deck's Inter and no other font`, () => {
        expect(existsSync(pdf), `${pdf} (run npm run export and npm run export:handout)`).toBe(true)
        const rows = embeddedFontRows(pdf)
        expect(rows.length).toBeGreaterThan(0)
        expect(rows.filter(row => !isDeckFontInPdf(row.name) || !row.embedded).map(row => row.line)).toEqual([])
      })
    }
  })
}
