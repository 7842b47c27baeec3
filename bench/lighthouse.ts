/**
 * Lighthouse (desktop preset) on a built deck served on loopback, in the same Debian Chromium the
 * tests use (scripts/chromium.ts), launched by chrome-launcher with no background networking.
 * Every request Lighthouse's page made is listed, so that the benchmark can check none of them
 * left 127.0.0.1.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { resolveChromium } from '../scripts/chromium'

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = (typeof lighthouseCategories)[number]

/** The issue's floor for each category score (0–100). */
export const lighthouseMinimums: Readonly<Record<LighthouseCategory, number>> = {
  'performance': 95,
  'accessibility': 100,
  'best-practices': 100,
  'seo': 100,
}

export interface LighthouseResult {
  url: string
  scores: Record<LighthouseCategory, number>
  /** Audits that lost points: id and title, for the report. */
  auditsLosingPoints: string[]
  /** Every URL the page requested while Lighthouse ran. */
  requestedUrls: string[]
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromium().executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'],
    logLevel: 'error',
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...lighthouseCategories] }, desktopConfig)
    if (!result)
      throw new Error(`Lighthouse returned no result for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError)
      throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`)
    const scores = Object.fromEntries(lighthouseCategories.map(id => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<LighthouseCategory, number>
    const scoredAudits = new Set(lighthouseCategories.flatMap(id => (lhr.categories[id]?.auditRefs ?? []).filter(ref => ref.weight > 0).map(ref => ref.id)))
    const auditsLosingPoints = Object.values(lhr.audits)
      .filter(audit => scoredAudits.has(audit.id) && audit.score !== null && audit.score < 1)
      .map(audit => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue.replace(/\s+/g, ' ')})` : ''}`)
    const requests = lhr.audits['network-requests']?.details
    const requestedUrls = requests?.type === 'table' ? requests.items.map(item => String(item.url)) : []
    return { url, scores, auditsLosingPoints, requestedUrls }
  }
  finally {
    chrome.kill()
  }
}
