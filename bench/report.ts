import type { Locale } from '../i18n/locales'
/**
 * The benchmark's results: the JSON written to .bench/results.json, and the table printed (and
 * pasted into the README), this deck beside the bare deck with their ratio.
 */
import type { BudgetCheck } from './budgets'
import type { FormFactor, LighthouseCategory, LighthouseResult } from './lighthouse'

export interface DeckResults {
  slideCount: number
  firstSlide: { gzipBytes: number, requests: number }
  heaviestSlide: { slide: number, gzipBytes: number, requests: number }
  /** Every slide's first visit, in slide order. */
  slides: { slide: number, gzipBytes: number, requests: number }[]
  thirdPartyRequests: string[]
  timeToFirstSlideMs: { median: number, runs: number[] }
  slideToSlideMs: { median: number, samples: number[] }
  build: { seconds: number, peakMemoryMb: number | null }
  export: { seconds: number, peakMemoryMb: number | null }
}

export interface BenchResults {
  date: string
  /** The commit measured (`abc1234`, `-dirty` when the checkout had changes); absent in results written before it was recorded. */
  commit?: string
  machine: { cpu: string, cores: number, memoryGb: number, node: string, chromium: string, slidev: string }
  deck: DeckResults
  bare: DeckResults
  budgets: BudgetCheck[]
  /** Lighthouse on slide 1: this deck in each edition, and the bare deck, in each form factor. */
  lighthouse: LighthouseRun[]
}

export interface LighthouseRun extends LighthouseResult {
  /** This deck's slide 1, its reading view (reading/), or the bare deck's slide 1. */
  deck: 'deck' | 'reading' | 'bare'
  /** This deck's edition; null for the bare deck. */
  locale: Locale | null
  /** The floors this run is held to (this deck's runs), or null (the bare deck's). */
  minimums: Record<LighthouseCategory, number> | null
}

/** The Lighthouse run of a deck (this deck's, or its reading view's, first edition unless `locale`) in a form factor. */
export function lighthouseRun(runs: readonly LighthouseRun[], deck: LighthouseRun['deck'], formFactor: FormFactor, locale: Locale | null = deck === 'bare' ? null : 'en'): LighthouseRun | undefined {
  return runs.find(run => run.deck === deck && run.formFactor === formFactor && run.locale === locale)
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value: number): string => `${Math.round(value)} ms`
const s = (value: number): string => `${value.toFixed(1)} s`
const mb = (value: number | null): string => (value === null ? 'n/a' : `${value} MB`)
const ratio = (ours: number | null, theirs: number | null): string => (ours === null || theirs === null ? 'n/a' : `${(ours / theirs).toFixed(2)}×`)

export function resultsTable({ deck, bare, budgets, lighthouse }: BenchResults): string {
  const row = (label: string, ours: number | null, theirs: number | null, format: (value: number) => string): string =>
    `| ${label} | ${ours === null ? 'n/a' : format(ours)} | ${theirs === null ? 'n/a' : format(theirs)} | ${ratio(ours, theirs)} |`
  const count = (value: number): string => String(value)
  const lines = [
    '| Measure | This deck | Bare Slidev deck | This / bare |',
    '|---|--:|--:|--:|',
    row('Slide 1, first visit: bytes (gzip)', deck.firstSlide.gzipBytes, bare.firstSlide.gzipBytes, kb),
    row('Slide 1, first visit: requests', deck.firstSlide.requests, bare.firstSlide.requests, count),
    row(`Heaviest slide (this: ${deck.heaviestSlide.slide}, bare: ${bare.heaviestSlide.slide}), first visit: bytes (gzip)`, deck.heaviestSlide.gzipBytes, bare.heaviestSlide.gzipBytes, kb),
    row('Heaviest slide, first visit: requests', deck.heaviestSlide.requests, bare.heaviestSlide.requests, count),
    row('Time to first slide visible (median of 5)', deck.timeToFirstSlideMs.median, bare.timeToFirstSlideMs.median, ms),
    row('Slide-to-slide latency (median over the deck)', deck.slideToSlideMs.median, bare.slideToSlideMs.median, ms),
    row('Build time', deck.build.seconds, bare.build.seconds, s),
    row('Build peak memory', deck.build.peakMemoryMb, bare.build.peakMemoryMb, v => mb(v)),
    row('PDF export time', deck.export.seconds, bare.export.seconds, s),
    row('PDF export peak memory', deck.export.peakMemoryMb, bare.export.peakMemoryMb, v => mb(v)),
  ]
  const lighthouseRows = (['desktop', 'mobile'] as const).flatMap((formFactor) => {
    const ours = lighthouseRun(lighthouse, 'deck', formFactor)
    const theirs = lighthouseRun(lighthouse, 'bare', formFactor)
    if (!ours || !theirs)
      return []
    const reading = lighthouseRun(lighthouse, 'reading', formFactor)
    return [
      row(`Lighthouse ${formFactor}, slide 1: performance score`, ours.scores.performance, theirs.scores.performance, count),
      row(`Lighthouse ${formFactor}, slide 1: first contentful paint`, ours.metricsMs.fcp, theirs.metricsMs.fcp, ms),
      row(`Lighthouse ${formFactor}, slide 1: largest contentful paint`, ours.metricsMs.lcp, theirs.metricsMs.lcp, ms),
      ...(reading
        ? [
            row(`Lighthouse ${formFactor}, reading view (vs bare slide 1): performance score`, reading.scores.performance, theirs.scores.performance, count),
            row(`Lighthouse ${formFactor}, reading view: first contentful paint`, reading.metricsMs.fcp, theirs.metricsMs.fcp, ms),
            row(`Lighthouse ${formFactor}, reading view: largest contentful paint`, reading.metricsMs.lcp, theirs.metricsMs.lcp, ms),
          ]
        : []),
    ]
  })
  const budgetLines = budgets.map(b => `- Budget, ${b.name}: ${b.ratio.toFixed(2)}× the bare deck (limit ${b.limit.toFixed(2)}×) ${b.ok ? 'OK' : 'EXCEEDED'}`)
  const thirdParty = `- Third-party requests: this deck ${deck.thirdPartyRequests.length}, bare deck ${bare.thirdPartyRequests.length}${bare.thirdPartyRequests.length > 0 ? ` (${[...new Set(bare.thirdPartyRequests.map(url => new URL(url).host))].join(', ')}, aborted)` : ''}`
  const lighthouseLines = lighthouse.filter(run => run.minimums !== null).map((run) => {
    const scores = Object.entries(run.scores).map(([id, score]) => `${id} ${score} (min ${run.minimums![id as LighthouseCategory]})`).join(', ')
    return `- Lighthouse ${run.formFactor} on this deck (${run.locale}), ${run.deck === 'reading' ? 'reading view' : 'slide 1'}, median of ${run.performanceRuns.length} runs (performance ${run.performanceRuns.join(', ')}): ${scores}; FCP ${ms(run.metricsMs.fcp)}, LCP ${ms(run.metricsMs.lcp)} (${run.lcpElement}), TBT ${ms(run.metricsMs.tbt)}`
  })
  return [...lines, ...lighthouseRows, '', ...budgetLines, thirdParty, ...lighthouseLines].join('\n')
}
