/**
 * `npm run bench:steps`: what each step of the deck's speed work saved, as a table, from the
 * results `npm run bench` wrote at each step (.bench/results.json, copied to
 * bench/steps/NN-what-changed.json and committed). Every figure is the bench's own; the table is
 * printed, never kept in a document, and a new step is one more run and one more file.
 *
 * Results written before the bench ran Lighthouse on phones (it ran desktop only, on this deck
 * only) show `n/a` where they have nothing.
 */
import type { BenchResults, LighthouseRun } from './report'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { kb, lighthouseRun } from './report'

const stepsFolder = join(import.meta.dirname, 'steps')

interface Step {
  name: string
  results: BenchResults
}

/** Lighthouse's runs as a list; early results held one desktop run of this deck's English edition. */
function lighthouseRuns(results: BenchResults): LighthouseRun[] {
  const recorded = results.lighthouse as LighthouseRun[] | Omit<LighthouseRun, 'deck' | 'locale' | 'formFactor'>
  return Array.isArray(recorded) ? recorded : [{ ...recorded, deck: 'deck', locale: 'en', formFactor: 'desktop' } as LighthouseRun]
}

async function loadSteps(): Promise<Step[]> {
  const files = (await readdir(stepsFolder)).filter(file => file.endsWith('.json')).sort()
  return Promise.all(files.map(async file => ({
    name: file.replace(/\.json$/, ''),
    results: JSON.parse(await readFile(join(stepsFolder, file), 'utf8')) as BenchResults,
  })))
}

const times = (ours: number, theirs: number): string => `${(ours / theirs).toFixed(2)}×`
const change = (now: number, before: number | undefined): string => (before === undefined ? '' : ` (${now <= before ? '−' : '+'}${kb(Math.abs(before - now))})`)

export function stepsTable(steps: readonly Step[]): string {
  const lines = [
    '| Step | Commit | Slide 1, first visit (gzip) | Heaviest slide, first visit | Slide-to-slide, median | Lighthouse mobile, slide 1 (en / fr) | Lighthouse desktop, slide 1 |',
    '|---|---|--:|--:|--:|--:|--:|',
  ]
  steps.forEach(({ name, results }, i) => {
    const before = steps[i - 1]?.results
    const { deck, bare } = results
    const runs = lighthouseRuns(results)
    const score = (formFactor: 'desktop' | 'mobile', locale: 'en' | 'fr'): string => {
      const run = lighthouseRun(runs, 'deck', formFactor, locale)
      return run === undefined ? 'n/a' : String(run.scores.performance)
    }
    const bareMobile = lighthouseRun(runs, 'bare', 'mobile')
    lines.push(`| ${name} | ${results.commit ?? 'n/a'} | ${kb(deck.firstSlide.gzipBytes)}, ${times(deck.firstSlide.gzipBytes, bare.firstSlide.gzipBytes)}${change(deck.firstSlide.gzipBytes, before?.deck.firstSlide.gzipBytes)} | ${kb(deck.heaviestSlide.gzipBytes)}, ${times(deck.heaviestSlide.gzipBytes, bare.heaviestSlide.gzipBytes)}${change(deck.heaviestSlide.gzipBytes, before?.deck.heaviestSlide.gzipBytes)} | ${deck.slideToSlideMs.median} ms, ${times(deck.slideToSlideMs.median, bare.slideToSlideMs.median)} | ${score('mobile', 'en')} / ${score('mobile', 'fr')}${bareMobile ? ` (bare ${bareMobile.scores.performance})` : ''} | ${score('desktop', 'en')} |`)
  })
  return lines.join('\n')
}

async function main(): Promise<void> {
  const steps = await loadSteps()
  if (steps.length === 0)
    throw new Error(`no results in ${stepsFolder}: copy .bench/results.json there after a run of npm run bench`)
  process.stdout.write(`${stepsTable(steps)}\n\nEach row: this deck, and × the bare Slidev deck measured in the same run (bench/steps/*.json; machines differ between rows only if the runs did).\n`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
