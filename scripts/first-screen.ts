/**
 * The first screen: slide 1 written into each built edition's index.html, as the built deck draws
 * it, so that a visitor sees the title slide once the HTML, its stylesheets and the font have
 * come, not after every script has run and Vue has mounted the deck (on a phone, a second or more
 * later). It stands over `#app`, beside it, until the deck has drawn the same slide there
 * (setup/first-screen.ts removes it then).
 *
 * - The page's first script (reading/open-reading.js) marks the page `data-opens-at-slide-1` when
 *   the slides open at slide 1; on any other route, and in the reading view, the copy stays hidden.
 * - The copy is scaled to the screen in CSS as Slidev scales the slide in script (the smaller of
 *   the two ratios, centred), with CSS typed arithmetic; a browser without it waits for the script.
 * - It carries no `style` attribute (the hosted deck's CSP allows none) and no id or class a test or
 *   a script looks the live slide up by (`#slideshow`, `.slidev-page-1`).
 * - The stylesheets slide 1 needs, which Slidev's index.html only preloads, become stylesheets.
 *
 * Made after `slidev build` from the built files, in Chromium (scripts/built-deck.ts); the offline
 * worker's revision of index.html is brought up to date.
 */
import type { Browser, Page } from 'playwright-chromium'
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { opensAtSlide1 } from '../reading/switch'
import { firstScreenClass } from '../setup/first-screen'
import { keepToOrigin } from './chromium'
import { DeckError } from './files'

export interface FirstScreen {
  /** Slide 1's markup, in Slidev's slide container. */
  markup: string
  /** The slide's canvas, in CSS pixels. */
  width: number
  height: number
}

/** Slide 1 as the built edition at `<editionUrl>1` draws it, ready for the HTML. */
async function captureFirstScreen(page: Page, editionUrl: string): Promise<FirstScreen> {
  await page.goto(`${editionUrl}1`)
  await page.locator('.slidev-page-1').waitFor()
  await page.evaluate(() => document.fonts.ready)
  return page.evaluate((rootClass) => {
    const container = document.querySelector('#slide-container')
    const content = container?.querySelector('#slide-content')
    const slideshow = content?.querySelector('#slideshow')
    const slide = slideshow?.querySelector(':scope > .slidev-page-1')
    if (!container || !content || !slideshow || !slide)
      throw new Error('slide 1 is not where Slidev 53 draws it (#slide-container > #slide-content > #slideshow > .slidev-page-1)')
    // The three containers alone, then slide 1 whole; none of the ids, nor slide 1's number.
    const [containerCopy, contentCopy, slideshowCopy] = [container, content, slideshow].map((element) => {
      const copy = element.cloneNode(false) as Element
      copy.removeAttribute('id')
      return copy
    }) as [Element, Element, Element]
    const slideCopy = slide.cloneNode(true) as Element
    slideCopy.classList.remove('slidev-page-1')
    slideCopy.removeAttribute('data-slidev-no')
    containerCopy.append(contentCopy)
    contentCopy.append(slideshowCopy)
    slideshowCopy.append(slideCopy)
    const root = document.createElement('div')
    root.className = rootClass
    root.append(containerCopy)
    for (const element of root.querySelectorAll('[style]'))
      element.removeAttribute('style')
    const comments = document.createNodeIterator(root, NodeFilter.SHOW_COMMENT)
    for (let comment = comments.nextNode(); comment; comment = comments.nextNode())
      comment.parentNode?.removeChild(comment)
    return { markup: root.outerHTML, width: (content as HTMLElement).offsetWidth, height: (content as HTMLElement).offsetHeight }
  }, firstScreenClass)
}

/** The first screen's stylesheet: hidden unless the page opens at slide 1, then scaled as Slidev scales the slide. */
export function firstScreenStyle({ width, height }: Pick<FirstScreen, 'width' | 'height'>): string {
  const root = `.${firstScreenClass}`
  return [
    `${root}{display:none}`,
    `@supports (scale:calc(1px / 1px)){html[${opensAtSlide1}] ${root}{display:block;position:fixed;inset:0}}`,
    `${root} .slidev-slide-container{background:var(--slidev-slide-container-background,black)}`,
    `${root} .slidev-slide-content{width:${width}px;height:${height}px;--slidev-slide-scale:min(calc(100vw / ${width}px),calc(100vh / ${height}px))}`,
  ].join('\n')
}

const emptyApp = '<div id="app"></div>'
const preloadedStylesheet = /<link rel="preload" as="style" (crossorigin )?href="([^"]+)">/g

/** Slidev's index.html with the first screen after `#app`, its style in the head and slide 1's stylesheets applied. */
export function withFirstScreen(html: string, screen: FirstScreen): string {
  if (!html.includes(emptyApp))
    throw new DeckError(`The built index.html has no empty ${emptyApp} to draw slide 1 beside: has Slidev's index.html changed?`)
  if (!html.includes('</head>'))
    throw new DeckError('The built index.html has no </head>')
  return html
    .replace(preloadedStylesheet, (_, crossorigin: string | undefined, href: string) => `<link rel="stylesheet" ${crossorigin ?? ''}href="${href}">`)
    .replace('</head>', `<style>\n${firstScreenStyle(screen)}\n</style>\n</head>`)
    .replace(emptyApp, `${emptyApp}\n${screen.markup}`)
}

/** The offline worker's precache entry for `url`, with the revision (an MD5, as Workbox makes it) of its new content. */
export function withPrecacheRevision(worker: string, url: string, content: string): string {
  const entry = new RegExp(`\\{url:"${url.replace(/\./g, '\\.')}",revision:"[0-9a-f]+"\\}`)
  if (!entry.test(worker))
    throw new DeckError(`The offline worker has no precache entry for ${url}`)
  return worker.replace(entry, `{url:"${url}",revision:"${createHash('md5').update(content).digest('hex')}"}`)
}

/**
 * Writes the first screen into the edition built in `folder` and served at `<origin><editionBase>`:
 * its index.html, and sw.js's record of it.
 */
export async function writeFirstScreen(browser: Browser, origin: string, editionBase: string, folder: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block', reducedMotion: 'reduce' })
  let screen: FirstScreen
  try {
    const offsite = await keepToOrigin(context, origin)
    screen = await captureFirstScreen(await context.newPage(), `${origin}${editionBase}`)
    if (offsite.length > 0)
      throw new DeckError(`The deck asked for something outside its own server while slide 1 was drawn into its HTML: ${offsite[0]}`)
  }
  finally {
    await context.close()
  }
  const indexFile = join(folder, 'index.html')
  const workerFile = join(folder, 'sw.js')
  const [html, worker] = await Promise.all([readFile(indexFile, 'utf8'), readFile(workerFile, 'utf8')])
  const withScreen = withFirstScreen(html, screen)
  await writeFile(indexFile, withScreen)
  await writeFile(workerFile, withPrecacheRevision(worker, 'index.html', withScreen))
}
