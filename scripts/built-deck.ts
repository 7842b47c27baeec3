/**
 * What `deck build` adds to each built edition from the built deck itself, served on a loopback
 * port and drawn in Chromium: slide 1 in its index.html (first-screen.ts), then its link preview
 * picture (preview-image.ts), drawn from the finished page.
 */
import type { Browser } from 'playwright-chromium'
import type { BuildPlan } from './slidev'
import { relative } from 'node:path'
import process from 'node:process'
import { startStaticServer, staticServerOrigin, stopStaticServer } from '../bench/static-server'
import { chromiumArgs, resolveChromium } from './chromium'
import { DeckError } from './files'
import { writeFirstScreen } from './first-screen'
import { writePreviewImage } from './preview-image'

type EditionStep = (browser: Browser, origin: string, editionBase: string, folder: string) => Promise<void>

/** `plans` are the builds of one `deck build` (root edition first, the others in its folders); `base` is their `--base`. */
export async function finishBuiltEditions(plans: readonly BuildPlan[], base: string): Promise<void> {
  const { chromium } = await import('playwright-chromium')
  const root = plans[0]!.out
  const browser = await chromium.launch({ executablePath: resolveChromium().executablePath, args: chromiumArgs }).catch((error: Error) => {
    throw new DeckError(`Chromium did not start to draw slide 1 into the built HTML and the link preview's picture: ${error.message.split('\n')[0]}`)
  })
  // One server for each step: the static server reads the files' sizes when it starts, and the
  // first step rewrites index.html.
  const forEachEdition = async (step: EditionStep): Promise<void> => {
    const server = await startStaticServer({ dir: root, port: 0, base })
    try {
      for (const plan of plans) {
        const folder = relative(root, plan.out)
        await step(browser, staticServerOrigin(server), `${base}${folder === '' ? '' : `${folder}/`}`, plan.out)
      }
    }
    finally {
      await stopStaticServer(server)
    }
  }
  try {
    await forEachEdition(async (...args) => {
      await writeFirstScreen(...args)
      console.log(`Slide 1 drawn into ${relative(process.cwd(), args[3]) || '.'}/index.html`)
    })
    await forEachEdition(writePreviewImage)
  }
  finally {
    await browser.close()
  }
}
