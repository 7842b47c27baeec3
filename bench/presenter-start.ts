/**
 * `npm run bench:presenter`: how ready `npm run dev` is when it says so. Starts the presenter's own
 * command (scripts/deck.ts dev) on a free loopback port, cold (with `--force`, Vite bundles the
 * dependencies again, as on the first run after an install), and times in headless Chromium:
 * - how long the command takes to answer;
 * - the cold pass: the first visit of every slide (`/N`) and of the presenter view
 *   (`/presenter/1`), each in a fresh browser context (empty cache), from navigation to the slide
 *   visible; `/1` is the first page load;
 * - whether the dev server reloads a page by itself after the first load (Vite's dependency
 *   optimizer does that when it meets a dependency late): one page is kept open past Slidev's 3 s
 *   preload of every slide, and its reloads are counted, with the server's own lines about it;
 * - the warm pass: the same visits again, on the same server.
 * Prints a table, writes .bench/presenter.json (git-ignored). Times are reported, never judged:
 * they depend on the machine. It exits 1 if a page reloaded by itself.
 *
 * Usage: npm run bench:presenter [-- --lang fr] [-- --keep-deps] (keep Vite's dependency cache:
 * a cold server after an earlier run, not after an install).
 */
import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join, relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { editions } from '../i18n/editions'
import { isLocale, locales } from '../i18n/locales'
import { chromiumArgs, resolveChromium } from '../scripts/chromium'
import { loadDeckOutline } from '../scripts/deck-outline'
import { projectRoot } from '../scripts/files'
import { benchRoot } from './decks'
import { staticServerHost } from './static-server'
import { timeToSlide } from './timings'

interface PageVisit {
  path: string
  slide: number
}

interface PageTimes {
  path: string
  coldMs: number
  warmMs: number
}

export interface PresenterStartResults {
  date: string
  entry: string
  keptDependencyCache: boolean
  /** From starting the command to its first HTTP answer. */
  readyMs: number
  pages: PageTimes[]
  /** Reloads of an open page that nobody asked for, and the server's lines about them. */
  reloadsAfterFirstLoad: number
  serverReloadLines: string[]
}

/** Page time a page is kept open to see whether it reloads: past Slidev's 3 s preload of every slide. */
const reloadWatchMs = 6000
/** Vite's dependency optimizer says so when it reloads the page. */
const reloadLine = /reloading|new dependencies optimized/i

function log(message: string): void {
  process.stdout.write(`[bench:presenter] ${message}\n`)
}

/** A port nothing listens on now, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, staticServerHost, () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilAnswering(origin: string, server: ChildProcess): Promise<void> {
  for (;;) {
    if (server.exitCode !== null)
      throw new Error(`npm run dev exited with code ${server.exitCode} before it answered`)
    const answered = await fetch(`${origin}/`).then(response => response.ok, () => false)
    if (answered)
      return
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

async function visitAll(browser: Browser, origin: string, visits: readonly PageVisit[]): Promise<number[]> {
  const times: number[] = []
  for (const { path, slide } of visits)
    times.push(Math.round(await timeToSlide(browser, origin, path, slide)))
  return times
}

/** Opens `/1` in a fresh context and counts the page's own reloads while Slidev preloads the deck. */
async function countReloads(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' })
  try {
    await context.route(url => url.origin !== origin, route => route.abort('blockedbyclient'))
    const page = await context.newPage()
    // A load of the document (not Slidev's router changing the URL in place)
    let loads = 0
    page.on('domcontentloaded', () => loads++)
    await page.goto(`${origin}/1`)
    await page.locator('.slidev-page-1').waitFor()
    await page.waitForTimeout(reloadWatchMs)
    return loads - 1
  }
  finally {
    await context.close()
  }
}

function table(results: PresenterStartResults): string {
  const rows = results.pages.map(({ path, coldMs, warmMs }, index) =>
    `| ${path}${index === 0 ? ' (first page load)' : ''} | ${coldMs} ms | ${warmMs} ms |`)
  return [
    '| Page, first visit (fresh browser context) | Cold server | Warm (second visit) |',
    '|---|--:|--:|',
    ...rows,
    '',
    `- \`npm run dev\` answered after ${(results.readyMs / 1000).toFixed(1)} s (${results.keptDependencyCache ? 'Vite\'s dependency cache kept' : 'dependencies bundled again, --force'})`,
    `- Reloads by the dev server after the first load: ${results.reloadsAfterFirstLoad}${results.serverReloadLines.length > 0 ? ` (${results.serverReloadLines.join('; ')})` : ''}`,
  ].join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'lang': { type: 'string', default: 'en' }, 'keep-deps': { type: 'boolean', default: false } } })
  if (!isLocale(values.lang))
    throw new Error(`--lang must be one of ${locales.join(', ')}, got "${values.lang}"`)
  const edition = editions[values.lang]
  const { slides } = await loadDeckOutline(edition)
  const visits: PageVisit[] = [...slides.map(({ no }) => ({ path: `/${no}`, slide: no })), { path: '/presenter/1', slide: 1 }]

  const port = await freePort()
  const origin = `http://${staticServerHost}:${port}`
  const args = ['--import', 'tsx', 'scripts/deck.ts', 'dev', edition.entry, '--port', String(port), '--open=false', ...(values['keep-deps'] ? [] : ['--force'])]
  log(`starting npm run dev (${edition.entry}) on port ${port}`)
  const started = performance.now()
  // Node itself (not npx), so that stopping it stops Slidev (scripts/slidev.ts passes the signal on).
  const server = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] })
  const serverLines: string[] = []
  for (const stream of [server.stdout, server.stderr])
    stream.on('data', (chunk: Uint8Array) => serverLines.push(...String(chunk).split('\n')))
  const browser = await chromium.launch({ executablePath: resolveChromium().executablePath, args: chromiumArgs })
  try {
    await waitUntilAnswering(origin, server)
    const readyMs = Math.round(performance.now() - started)
    // Chromium's own start-up (its first context and renderer process) is paid before the cold
    // pass, on a blank page: it is not the server's, and would otherwise land on /1 alone.
    const blank = await browser.newContext()
    await (await blank.newPage()).goto('about:blank')
    await blank.close()
    log(`answering after ${readyMs} ms; the cold pass`)
    const cold = await visitAll(browser, origin, visits)
    log('watching a page for reloads')
    const reloads = await countReloads(browser, origin)
    log('the warm pass')
    const warm = await visitAll(browser, origin, visits)
    const results: PresenterStartResults = {
      date: new Date().toISOString(),
      entry: edition.entry,
      keptDependencyCache: values['keep-deps'],
      readyMs,
      pages: visits.map(({ path }, index) => ({ path, coldMs: cold[index]!, warmMs: warm[index]! })),
      reloadsAfterFirstLoad: reloads,
      serverReloadLines: serverLines.filter(line => reloadLine.test(line)).map(line => line.trim()),
    }
    const file = join(benchRoot, 'presenter.json')
    await mkdir(benchRoot, { recursive: true })
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`)
    process.stdout.write(`\n${table(results)}\n\nWritten to ${relative(projectRoot, file)}.\n`)
    if (reloads > 0 || results.serverReloadLines.length > 0) {
      console.error('\nThe dev server reloaded a page by itself after the first load: add the dependency it names to optimizeDeps.include in vite.config.ts.')
      process.exitCode = 1
    }
  }
  finally {
    await browser.close()
    server.kill('SIGTERM')
  }
}

main().catch((error: unknown) => {
  console.error(`\nThe benchmark did not run to its end: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
