/** Records the Content-Security-Policy violations a page reports (`securitypolicyviolation` events). */
import type { Page } from '@playwright/test'

const reportBinding = 'reportCspViolationToTest'

/** Starts recording on every document the page loads from now on; returns the live list. */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction(reportBinding, (violation: string) => violations.push(violation))
  await page.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (violation: string) => void>)[binding]
      report?.(`${event.effectiveDirective} refused ${event.blockedURI || 'an inline resource'} at ${event.sourceFile || event.documentURI}:${event.lineNumber}`)
    })
  }, reportBinding)
  return violations
}
