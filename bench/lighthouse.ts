import process from 'node:process'
/**
 * Lighthouse on a built deck as it is hosted (bench/hosted-decks.ts: deploy/nginx.conf on loopback,
 * over HTTPS and HTTP/2), in the same Debian Chromium the tests use (scripts/chromium.ts), launched
 * by chrome-launcher with no background networking, the deck's host name mapped to 127.0.0.1 and
 * every other host left unresolved: its desktop preset, and its default settings, which are a
 * phone's (a mid-range phone on slow 4G, its CPU slowed 4×). Every request Lighthouse's page made
 * is listed, so that the benchmark can check none of them left the deck's origin.
 *
 * One Lighthouse run of a page is noisy (its mobile figures are simulated from a trace taken on
 * this machine, and a busy moment inflates them): each page is audited several times and the
 * median run kept, the run Lighthouse's own `computeMedianRun` picks (nearest the median first
 * contentful paint and time to interactive), as its variability guide advises. Every run's
 * performance score is kept beside it, to show the spread.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { resolveChromium } from '../scripts/chromium'

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = (typeof lighthouseCategories)[number]

export const formFactors = ['desktop', 'mobile'] as const
export type FormFactor = (typeof formFactors)[number]

/** The issues' floor for each category score (0–100), on this deck's slide 1, in each form factor. */
export const lighthouseMinimums: Readonly<Record<FormFactor, Readonly<Record<LighthouseCategory, number>>>> = {
  desktop: { 'performance': 95, 'accessibility': 100, 'best-practices': 100, 'seo': 100 },
  mobile: { 'performance': 90, 'accessibility': 100, 'best-practices': 100, 'seo': 100 },
}

/** The metrics behind the performance score, in milliseconds (as Lighthouse estimates them for its device). */
export const lighthouseMetrics = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  speedIndex: 'speed-index',
} as const
export type LighthouseMetric = keyof typeof lighthouseMetrics

/** How many times each page is audited; the median run is the one reported and judged. */
export const lighthouseRunsPerPage = 3

export interface LighthouseResult {
  url: string
  formFactor: FormFactor
  /** The median run's scores. */
  scores: Record<LighthouseCategory, number>
  /** Every run's performance score, in the order they ran. */
  performanceRuns: number[]
  metricsMs: Record<LighthouseMetric, number>
  /** The element Lighthouse took for the largest contentful paint, and where its time went. */
  lcpElement: string
  /** Audits that lost points: id and title, for the report. */
  auditsLosingPoints: string[]
  /** Every URL the page requested while Lighthouse ran, in any run. */
  requestedUrls: string[]
}

type LighthouseReport = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

/** What Lighthouse's Chromium needs to reach a hosted deck, and nothing else. */
export interface AuditedBrowser {
  /** Chromium's --host-resolver-rules: the deck's host to 127.0.0.1, every other host unresolved. */
  hostResolverRules: string
  /** A HOME whose NSS database trusts the authority of the deck's test certificate. */
  home: string
}

/** One Lighthouse run, in a Chromium of its own. */
async function auditOnce(url: string, formFactor: FormFactor, browser: AuditedBrowser): Promise<LighthouseReport> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromium().executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps', `--host-resolver-rules=${browser.hostResolverRules}`],
    envVars: { ...process.env, HOME: browser.home },
    logLevel: 'error',
  })
  try {
    // No config: Lighthouse's defaults, which are the mobile ones. No request can leave the
    // machine: every host but the deck's is unresolved (the bare deck's CDN favicon fails so).
    const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...lighthouseCategories] }
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined)
    if (!result)
      throw new Error(`Lighthouse returned no result for ${url}`)
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`)
    return result.lhr
  }
  finally {
    chrome.kill()
  }
}

/** A category's score, 0–100, as Lighthouse shows it. */
const categoryScore = (lhr: LighthouseReport, id: LighthouseCategory): number => Math.round((lhr.categories[id]?.score ?? 0) * 100)

function requestedUrlsOf(lhr: LighthouseReport): string[] {
  const requests = lhr.audits['network-requests']?.details
  return requests?.type === 'table' ? requests.items.map(item => String(item.url)) : []
}

export async function runLighthouse(url: string, formFactor: FormFactor, browser: AuditedBrowser, runs = lighthouseRunsPerPage): Promise<LighthouseResult> {
  const reports: LighthouseReport[] = []
  for (let run = 0; run < runs; run++)
    reports.push(await auditOnce(url, formFactor, browser))
  // The run itself, as typed here (median-run.js's declaration names Lighthouse's global LH types)
  const median = computeMedianRun(reports)
  const lhr = reports.find(report => report === median)!
  const scores = Object.fromEntries(lighthouseCategories.map(id => [id, categoryScore(lhr, id)])) as Record<LighthouseCategory, number>
  const metricsMs = Object.fromEntries(Object.entries(lighthouseMetrics).map(([key, id]) => [key, Math.round(lhr.audits[id]?.numericValue ?? Number.NaN)])) as Record<LighthouseMetric, number>
  const scoredAudits = new Set(lighthouseCategories.flatMap(id => (lhr.categories[id]?.auditRefs ?? []).filter(ref => ref.weight > 0).map(ref => ref.id)))
  const auditsLosingPoints = Object.values(lhr.audits)
    .filter(audit => scoredAudits.has(audit.id) && audit.score !== null && audit.score < 1)
    .map(audit => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue.replace(/\s+/g, ' ')})` : ''}`)
  return {
    url,
    formFactor,
    scores,
    performanceRuns: reports.map(report => categoryScore(report, 'performance')),
    metricsMs,
    lcpElement: lcpElementOf(lhr.audits['lcp-breakdown-insight']?.details),
    auditsLosingPoints,
    requestedUrls: [...new Set(reports.flatMap(requestedUrlsOf))],
  }
}

/**
 * The LCP element and where its time went, from Lighthouse 13's LCP breakdown insight: the
 * element's text, and each subpart (time to first byte, resource load, element render delay…) as
 * observed in the trace.
 */
function lcpElementOf(details: unknown): string {
  const json = JSON.stringify(details ?? {})
  const label = /"nodeLabel":"((?:[^"\\]|\\.)*)"/.exec(json)?.[1]
  const subparts = [...json.matchAll(/"label":"([^"]+)","duration":([\d.]+)/g)].map(match => `${match[1]!.toLowerCase()} ${Math.round(Number(match[2]))} ms`)
  return label === undefined ? 'unknown' : `"${label.slice(0, 60)}"${subparts.length > 0 ? `: ${subparts.join(', ')}` : ''}`
}
