/**
 * Which fonts Chromium drew text with (DevTools' "Rendered fonts", CSS.getPlatformFontsForNode),
 * and whether one is the deck's own Inter (its @font-face, cut to the deck's characters) rather
 * than a fallback font.
 */
import type { Page } from '@playwright/test'

export interface RenderedFont {
  familyName: string
  isCustomFont: boolean
  glyphCount: number
}

/** The deck's own font, as the page names it: its @font-face family, not a system font. */
export const isDeckFont = (font: Pick<RenderedFont, 'familyName' | 'isCustomFont'>): boolean => font.isCustomFont && font.familyName === 'Inter'

/** The fonts Chromium drew the own text of the first element matching `selector` with. */
export async function renderedFonts(page: Page, selector: string): Promise<RenderedFont[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts
  }
  finally {
    await cdp.detach()
  }
}
