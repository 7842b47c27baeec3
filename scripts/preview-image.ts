/**
 * The link preview's picture (setup/link-preview.ts names it): each built edition's title slide as
 * the built deck draws it in Chromium, a 1200 × 630 PNG in the edition's folder. The slide is drawn
 * at 1200 × 675 (16:9) and the picture is its middle 630 rows: the cover keeps its margins.
 * Made after `slidev build` from the built files themselves, served on a loopback port; any request
 * off that server fails the build. The offline worker leaves the picture out (the deck never
 * shows it).
 */
import type { Browser } from 'playwright-chromium'
import type { BuildPlan } from './slidev'
import { join, relative } from 'node:path'
import process from 'node:process'
import { startStaticServer, staticServerOrigin, stopStaticServer } from '../bench/static-server'
import { previewImage } from '../setup/link-preview'
import { chromiumArgs, keepToOrigin, resolveChromium } from './chromium'
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

/**
 * Draws every built edition's picture. `plans` are the builds of one `deck build` (root edition
 * first, the others in its folders); `base` is their `--base`.
 */
export async function writePreviewImages(plans: readonly BuildPlan[], base: string): Promise<void> {
  const { chromium } = await import('playwright-chromium')
  const root = plans[0]!.out
  const server = await startStaticServer({ dir: root, port: 0, base })
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: resolveChromium().executablePath, args: chromiumArgs }).catch((error: Error) => {
      throw new DeckError(`Chromium did not start to draw the link preview's picture: ${error.message.split('\n')[0]}`)
    })
    for (const plan of plans) {
      const file = join(plan.out, previewImage.file)
      await drawTitleSlide(browser, staticServerOrigin(server), `${base}${relative(root, plan.out) === '' ? '' : `${relative(root, plan.out)}/`}`, file)
      console.log(`Link preview picture: ${relative(process.cwd(), file)} (${previewImage.width} × ${previewImage.height})`)
    }
  }
  finally {
    await browser?.close()
    await stopStaticServer(server)
  }
}
