/**
 * The link preview's picture (setup/link-preview.ts names it): each built edition's title slide as
 * the built deck draws it in Chromium, a 1200 × 630 PNG in the edition's folder. The slide is drawn
 * at 1200 × 675 (16:9) and the picture is its middle 630 rows: the cover keeps its margins.
 * Made after `slidev build` from the built files themselves (scripts/built-deck.ts); any request
 * off their server fails the build. The offline worker leaves the picture out (the deck never
 * shows it).
 */
import type { Browser } from 'playwright-chromium'
import { join, relative } from 'node:path'
import process from 'node:process'
import { previewImage } from '../setup/link-preview'
import { keepToOrigin } from './chromium'
import { DeckError } from './files'

const slideViewport = { width: previewImage.width, height: Math.round(previewImage.width * 9 / 16) }

async function drawTitleSlide(browser: Browser, origin: string, editionBase: string, file: string): Promise<void> {
  const context = await browser.newContext({ viewport: slideViewport, deviceScaleFactor: 1, serviceWorkers: 'block', reducedMotion: 'reduce' })
  try {
    const offsite = await keepToOrigin(context, origin)
    const page = await context.newPage()
    await page.goto(`${origin}${editionBase}1`)
    await page.locator('.slidev-page-1').waitFor()
    await page.evaluate(() => document.fonts.ready)
    if (offsite.length > 0)
      throw new DeckError(`The deck asked for something outside its own server while its preview picture was drawn: ${offsite[0]}`)
    await page.screenshot({ path: file, clip: { x: 0, y: (slideViewport.height - previewImage.height) / 2, width: previewImage.width, height: previewImage.height } })
  }
  finally {
    await context.close()
  }
}

/** Draws the picture of the edition built in `folder` and served at `<origin><editionBase>`. */
export async function writePreviewImage(browser: Browser, origin: string, editionBase: string, folder: string): Promise<void> {
  const file = join(folder, previewImage.file)
  await drawTitleSlide(browser, origin, editionBase, file)
  console.log(`Link preview picture: ${relative(process.cwd(), file)} (${previewImage.width} × ${previewImage.height})`)
}
