/**
 * Lighthouse on a built deck served on loopback, in the same Debian Chromium the tests use
 * (scripts/chromium.ts), launched by chrome-launcher with no background networking and every
 * https:// request blocked: its desktop
 * preset, and its default settings, which are a phone's (a mid-range phone on slow 4G, its CPU
 * slowed 4×). Every request Lighthouse's page made is listed, so that the benchmark can check none
 * of them left 127.0.0.1.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
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

export interface LighthouseResult {
  url: string
  formFactor: FormFactor
  scores: Record<LighthouseCategory, number>
  metricsMs: Record<LighthouseMetric, number>
  /** The element Lighthouse took for the largest contentful paint, and where its time went. */
  lcpElement: string
  /** Audits that lost points: id and title, for the report. */
  auditsLosingPoints: string[]
  /** Every URL the page requested while Lighthouse ran. */
  requestedUrls: string[]
}

export async function runLighthouse(url: string, formFactor: FormFactor): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromium().executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'],
    logLevel: 'error',
  })
  try {
    // No config: Lighthouse's defaults, which are the mobile ones. Every https:// request is
    // blocked (the decks are served over http on loopback): the bare deck's CDN favicon stays home.
    const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...lighthouseCategories], blockedUrlPatterns: ['https://*'] }
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined)
    if (!result)
      throw new Error(`Lighthouse returned no result for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError)
      throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`)
    const scores = Object.fromEntries(lighthouseCategories.map(id => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<LighthouseCategory, number>
    const metricsMs = Object.fromEntries(Object.entries(lighthouseMetrics).map(([key, id]) => [key, Math.round(lhr.audits[id]?.numericValue ?? Number.NaN)])) as Record<LighthouseMetric, number>
    const scoredAudits = new Set(lighthouseCategories.flatMap(id => (lhr.categories[id]?.auditRefs ?? []).filter(ref => ref.weight > 0).map(ref => ref.id)))
    const auditsLosingPoints = Object.values(lhr.audits)
      .filter(audit => scoredAudits.has(audit.id) && audit.score !== null && audit.score < 1)
      .map(audit => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue.replace(/\s+/g, ' ')})` : ''}`)
    const requests = lhr.audits['network-requests']?.details
    const requestedUrls = requests?.type === 'table' ? requests.items.map(item => String(item.url)) : []
    return { url, formFactor, scores, metricsMs, lcpElement: lcpElementOf(lhr.audits['lcp-breakdown-insight']?.details), auditsLosingPoints, requestedUrls }
  }
  finally {
    chrome.kill()
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
