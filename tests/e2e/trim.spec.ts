/**
 * trim/vite-plugin.ts, on the built deck: the English edition as `npm run build` builds it into
 * dist/ (trimmed), and the same with `DECK_TRIM=off` (Slidev whole, built once per run into
 * .test-builds/, tests/support/test-builds.ts). Each is walked click step by click step in
 * Chromium with no console error, page error or request off its origin (the fixtures' guards).
 * Their first visits to slide 1 are measured as the budget test measures them (bench/first-visit.ts):
 * the trimmed deck's fetches measurably less JavaScript, and none of the modules trim/ swaps, each
 * of which the untrimmed deck's first visit fetches.
 */
import type { Server } from 'node:http'
import type { FirstVisit } from '../../bench/first-visit'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { measureFirstVisit } from '../../bench/first-visit'
import { kb } from '../../bench/report'
import { startStaticServer, staticServerHost, stopStaticServer } from '../../bench/static-server'
import { projectRoot } from '../../scripts/files'
import { trimmedModules } from '../../trim/vite-plugin'
import { loadTestedEditions } from '../support/editions'
import { walkEveryClickStep } from '../support/keyboard-walk'
import { builtDeckPort, untrimmedDeckPort } from '../support/ports'
import { buildDir, ensureUntrimmedBuild, untrimmedBuild } from '../support/test-builds'
import { expect, test } from './fixtures'

const { slides } = (await loadTestedEditions()).find(({ edition }) => edition.path === '')!

/**
 * Each JavaScript module trim/ swaps, by a string its code keeps through minifying (its two
 * stylesheets aside). The untrimmed deck's first visit has each: the markers' control.
 */
const markers: Record<string, string> = {
  'vue': 'inVPre', // The template compiler's tokenizer, which the runtime-only build leaves out.
  '@slidev/parser/core': 'Expected YAML collection', // The YAML parser (yaml).
  '@shikijs/vitepress-twoslash/client': 'twoslash-query', // Its popovers' theme.
  'floating-vue': 'v-popper',
  'drauu': 'eraseLine', // One of its drawing modes.
  '@vueuse/motion': 'restDelta', // Its springs (popmotion).
  '@slidev/rough-notation': 'rough-annotation',
}
const swappedScripts = trimmedModules.filter(trimmed => !trimmed.replacement.endsWith('.css')).map(trimmed => trimmed.module)
/** Measured with @slidev/client 52.20.1: 83 KB. About half, as the markers name each module anyway. */
const leastSavingBytes = 40 * 1024

interface BuiltDeck {
  name: string
  dir: string
  origin: string
}

const trimmed: BuiltDeck = { name: 'trimmed', dir: join(projectRoot, 'dist'), origin: `http://${staticServerHost}:${builtDeckPort}` }
const untrimmed: BuiltDeck = { name: 'untrimmed (DECK_TRIM=off)', dir: buildDir(untrimmedBuild), origin: `http://${staticServerHost}:${untrimmedDeckPort}` }

/** The JavaScript a first visit fetched: its gzip bytes, and the text of its files as built. */
async function javaScriptOf(deck: BuiltDeck, visit: FirstVisit): Promise<{ gzipBytes: number, text: string }> {
  const scripts = visit.responses.filter(response => /\.m?js$/.test(new URL(response.path, deck.origin).pathname))
  const texts = await Promise.all(scripts.map(script => readFile(join(deck.dir, new URL(script.path, deck.origin).pathname), 'utf8')))
  return { gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0), text: texts.join('\n') }
}

let server: Server | undefined

test.beforeAll(async () => {
  test.setTimeout(300_000)
  await ensureUntrimmedBuild()
  server = await startStaticServer({ dir: untrimmed.dir, port: untrimmedDeckPort })
})

test.afterAll(async () => {
  if (server)
    await stopStaticServer(server)
})

for (const deck of [trimmed, untrimmed]) {
  test.describe(deck.name, () => {
    test.use({ baseURL: deck.origin })

    test('the keyboard walks every click step of every slide, with no console or page error', async ({ page }) => {
      await page.goto('/1')
      await expect(page.locator('#slide-content')).toBeVisible()
      await walkEveryClickStep(page, slides)
    })
  })
}

test(`the trimmed deck's first visit fetches at least ${kb(leastSavingBytes)} less JavaScript than the untrimmed one, and none of what trim/ leaves out`, async ({ browser }) => {
  const ours = await javaScriptOf(trimmed, await measureFirstVisit(browser, trimmed.origin, 1))
  const whole = await javaScriptOf(untrimmed, await measureFirstVisit(browser, untrimmed.origin, 1))
  test.info().annotations.push({ type: 'first-visit JavaScript (gzip)', description: `trimmed ${kb(ours.gzipBytes)}, untrimmed ${kb(whole.gzipBytes)}` })
  const unmarked = swappedScripts.filter(module => markers[module] === undefined)
  expect(unmarked, 'modules trim/vite-plugin.ts swaps with no marker here: add one to markers').toEqual([])
  const fetchedBy = (text: string): string[] => swappedScripts.filter(module => text.includes(markers[module]!))
  expect(fetchedBy(whole.text), 'the untrimmed deck\'s first visit fetches each module (the markers\' control)').toEqual(swappedScripts)
  expect(fetchedBy(ours.text), 'modules the trimmed deck\'s first visit still fetches').toEqual([])
  expect(ours.gzipBytes, `trimmed ${kb(ours.gzipBytes)}, untrimmed ${kb(whole.gzipBytes)}`).toBeLessThanOrEqual(whole.gzipBytes - leastSavingBytes)
})
