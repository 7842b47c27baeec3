/**
 * `npm run bench`: this deck against a bare Slidev deck, in one run on one machine. Checks the
 * deck's data first (scripts/deck.ts), and stops on bad data having written nothing. Builds and
 * exports both (timed, peak memory), serves both on loopback, and in headless Chromium measures
 * every slide's first visit (bytes, requests), the time to the first slide and the slide-to-slide
 * latency; then builds both under deploy/nginx.conf's sub-path, hosts them in nginx as that file
 * does (bench/hosted-decks.ts), and runs Lighthouse (desktop and mobile) on slide 1 of each edition
 * and of the bare deck, and (mobile) on each edition's reading view, where a phone lands. Prints a table, writes .bench/results.json
 * (git-ignored: a run leaves the checkout as it was), and exits 1 when a byte budget is exceeded,
 * a request left the machine or a Lighthouse score is under its floor. Times are reported, never
 * judged: they depend on the machine.
 */
import type { Browser } from 'playwright-chromium'
import type { BenchDeck } from './decks'
import type { FirstVisit } from './first-visit'
import type { HostedDecks } from './hosted-decks'
import type { FormFactor } from './lighthouse'
import type { BenchResults, DeckResults, LighthouseRun } from './report'
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { isDataFailure } from '../data/problems'
import { editionList } from '../i18n/editions'
import { readingFolder, slidesParameter } from '../reading/switch'
import { checkDeckData } from '../scripts/deck'
import { loadDeckOutline } from '../scripts/deck-outline'
import { projectRoot } from '../scripts/files'
import { checkBudgets, firstSlide, heaviest } from './budgets'
import { bareDeck, benchRoot, buildCommand, exportCommand, thisDeck, writeBareDeck } from './decks'
import { measureFirstVisit } from './first-visit'
import { hostDecks } from './hosted-decks'
import { measuredRun } from './measured-run'
import { resultsTable } from './report'
import { startStaticServer, staticServerOrigin, stopStaticServer } from './static-server'
import { median, slideToSlideLatencies, timeToFirstSlide } from './timings'

const resultsFile = join(benchRoot, 'results.json')

function print(text: string): void {
  process.stdout.write(`${text}\n`)
}

function log(message: string): void {
  print(`[bench] ${message}`)
}

/** The commit measured, `-dirty` when the checkout has changes: which step of the deck a result is. */
function currentCommit(): string {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim()
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') === '' ? '' : '-dirty'}`
  }
  catch {
    return 'unknown'
  }
}

async function measureInBrowser(browser: Browser, deck: BenchDeck, origin: string): Promise<Pick<DeckResults, 'firstSlide' | 'heaviestSlide' | 'slides' | 'thirdPartyRequests' | 'timeToFirstSlideMs' | 'slideToSlideMs'>> {
  const visits: FirstVisit[] = []
  for (let slide = 1; slide <= deck.slideCount; slide++)
    visits.push(await measureFirstVisit(browser, origin, slide))
  const first = firstSlide(visits)
  const heavy = heaviest(visits)
  log(`${deck.name}: first visits measured (slide 1 ${first.gzipBytes} B, heaviest slide ${heavy.slide} ${heavy.gzipBytes} B)`)
  const firstSlideRuns = await timeToFirstSlide(browser, origin, 5)
  const latencies = await slideToSlideLatencies(browser, origin, deck.slideCount)
  return {
    firstSlide: { gzipBytes: first.gzipBytes, requests: first.requests },
    heaviestSlide: { slide: heavy.slide, gzipBytes: heavy.gzipBytes, requests: heavy.requests },
    slides: visits.map(({ slide, gzipBytes, requests }) => ({ slide, gzipBytes, requests })),
    thirdPartyRequests: [...new Set(visits.flatMap(v => v.thirdParty))],
    timeToFirstSlideMs: { median: Math.round(median(firstSlideRuns)), runs: firstSlideRuns.map(Math.round) },
    slideToSlideMs: { median: Math.round(median(latencies)), samples: latencies.map(Math.round) },
  }
}

async function main(): Promise<void> {
  // The data first, as every deck command checks it: bad data stops the run before anything is written
  print(await checkDeckData())
  // Playwright and Lighthouse take a minute to import on a busy machine: only once the data is good
  const { chromium } = await import('playwright-chromium')
  const { chromiumArgs, resolveChromium } = await import('../scripts/chromium')
  const { formFactors, lighthouseCategories, lighthouseMinimums, runLighthouse } = await import('./lighthouse')
  const { slides } = await loadDeckOutline()
  const deck = thisDeck(slides.length)
  const chromiumPath = resolveChromium().executablePath
  await writeBareDeck()
  await mkdir(join(benchRoot, 'deck'), { recursive: true })

  const runs = { deck: {}, bare: {} } as Record<BenchDeck['name'], Pick<DeckResults, 'build' | 'export'>>
  for (const target of [deck, bareDeck]) {
    log(`${target.name}: building`)
    const build = await measuredRun(...buildCommand(target), projectRoot)
    log(`${target.name}: exporting the PDF`)
    const exported = await measuredRun(...exportCommand(target, join(benchRoot, `${target.name}.pdf`), chromiumPath), projectRoot)
    runs[target.name] = { build, export: exported }
  }

  // Port 0: each on a free port of the system's choosing, so a run never collides with a server
  const servers = [
    await startStaticServer({ dir: deck.dist, port: 0 }),
    await startStaticServer({ dir: bareDeck.dist, port: 0 }),
  ]
  const [deckOrigin, bareOrigin] = servers.map(staticServerOrigin) as [string, string]
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  let hosted: HostedDecks | undefined
  try {
    log('measuring in Chromium')
    const deckResults: DeckResults = { slideCount: deck.slideCount, ...await measureInBrowser(browser, deck, deckOrigin), ...runs.deck }
    const bareResults: DeckResults = { slideCount: bareDeck.slideCount, ...await measureInBrowser(browser, bareDeck, bareOrigin), ...runs.bare }
    // Lighthouse audits the decks as deploy/nginx.conf hosts them (HTTPS, HTTP/2, gzip)
    hosted = await hostDecks(bareDeck, log)
    const { browser: auditedBrowser, deckRoot, bareRoot } = hosted
    log('running Lighthouse')
    const lighthouse: LighthouseRun[] = []
    // A run that fails is reported with the others, so that the rest of the results are kept
    const lighthouseErrors: string[] = []
    const audit = async (url: string, formFactor: FormFactor, run: Pick<LighthouseRun, 'deck' | 'locale' | 'minimums'>): Promise<void> => {
      try {
        lighthouse.push({ ...await runLighthouse(url, formFactor, auditedBrowser), ...run })
      }
      catch (error) {
        lighthouseErrors.push(`Lighthouse ${formFactor} on ${url}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    for (const formFactor of formFactors) {
      for (const edition of editionList)
        // On a phone, slide 1 asks for the slides (?slides), as the reading view's switch does:
        // otherwise the phone is sent to the reading view, audited below on its own.
        await audit(`${deckRoot}${edition.path}1${formFactor === 'mobile' ? `?${slidesParameter}` : ''}`, formFactor, { deck: 'deck', locale: edition.locale, minimums: { ...lighthouseMinimums[formFactor] } })
      await audit(`${bareRoot}1`, formFactor, { deck: 'bare', locale: null, minimums: null })
    }
    // The reading view, where a phone opening the deck lands (reading/): phones only.
    for (const edition of editionList)
      await audit(`${deckRoot}${edition.path}${readingFolder}`, 'mobile', { deck: 'reading', locale: edition.locale, minimums: { ...lighthouseMinimums.mobile } })
    const slidev = JSON.parse(await readFile(join(projectRoot, 'node_modules/@slidev/cli/package.json'), 'utf8')) as { version: string }

    const results: BenchResults = {
      date: new Date().toISOString(),
      commit: currentCommit(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
        slidev: slidev.version,
      },
      deck: deckResults,
      bare: bareResults,
      budgets: checkBudgets(deckResults.slides, bareResults.slides),
      lighthouse,
    }
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
    print(`\n${resultsTable(results)}\n`)
    print(`Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGb} GB; Node ${results.machine.node}, Chromium ${results.machine.chromium}, Slidev ${results.machine.slidev}. Written to ${relative(projectRoot, resultsFile)}.`)

    // The bare deck's runs are the yardstick: its CDN favicon goes unresolved, and its scores are not judged
    const ours = lighthouse.filter(run => run.deck !== 'bare')
    const hostedOrigin = new URL(deckRoot).origin
    const failures = [
      ...lighthouseErrors,
      ...results.budgets.filter(b => !b.ok).map(b => `byte budget exceeded: ${b.name}, ${b.ratio.toFixed(2)}× the bare deck (limit ${b.limit.toFixed(2)}×)`),
      ...deckResults.thirdPartyRequests.map(url => `third-party request: ${url}`),
      ...ours.flatMap(run => run.requestedUrls.filter(url => !url.startsWith(`${hostedOrigin}/`) && !url.startsWith('data:')).map(url => `Lighthouse's page requested ${url}, off the machine`)),
      ...ours.flatMap(run => lighthouseCategories.filter(id => run.scores[id] < run.minimums![id]).map(id => `Lighthouse ${run.formFactor} (${run.locale}${run.deck === 'reading' ? ', reading view' : ''}) ${id} ${run.scores[id]} < ${run.minimums![id]}`)),
    ]
    for (const run of ours.filter(run => run.auditsLosingPoints.length > 0))
      print(`Lighthouse ${run.formFactor} (${run.locale}${run.deck === 'reading' ? ', reading view' : ''}), audits that lost points:\n  ${run.auditsLosingPoints.join('\n  ')}`)
    if (failures.length > 0) {
      console.error(`\nThe benchmark failed:\n  ${failures.join('\n  ')}`)
      process.exitCode = 1
    }
  }
  finally {
    await browser.close()
    await Promise.all(servers.map(stopStaticServer))
    await hosted?.stop()
  }
}

main().catch((error: unknown) => {
  if (isDataFailure(error)) {
    console.error(error.message)
    process.exit(1)
  }
  console.error(`\nThe benchmark did not run to its end: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
