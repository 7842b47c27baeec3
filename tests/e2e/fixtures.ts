/**
 * Every browser test runs under three guards: no request may leave the deck's own origin, no
 * console error or page error may occur, and no Content-Security-Policy violation (where a server
 * sends one). All are checked after each test, on the test's page and on any other page the test
 * hands to `guards.watch` (a second window, say).
 */
import type { Page } from '@playwright/test'
import { test as base, expect } from '@playwright/test'
import { recordCspViolations } from '../support/csp'

interface DeckGuards {
  offsiteRequests: string[]
  consoleErrors: string[]
  /** Puts another page under the same guards. */
  watch: (page: Page) => void
  cspViolations: string[]
}

export const test = base.extend<{ guards: DeckGuards }>({
  guards: [async ({ page, baseURL }, use) => {
    const allowedOrigins = new Set([new URL(baseURL!).origin])
    const guards: DeckGuards = {
      offsiteRequests: [],
      consoleErrors: [],
      cspViolations: await recordCspViolations(page),
      watch(watched) {
        watched.on('request', (request) => {
          const url = new URL(request.url())
          if (url.protocol === 'data:' || url.protocol === 'blob:')
            return
          if (!allowedOrigins.has(url.origin))
            guards.offsiteRequests.push(request.url())
        })
        watched.on('console', (message) => {
          if (message.type() === 'error')
            guards.consoleErrors.push(message.text())
        })
        watched.on('pageerror', error => guards.consoleErrors.push(error.message))
      },
    }
    guards.watch(page)
    await use(guards)
    expect(guards.offsiteRequests, 'requests that left the deck\'s origin').toEqual([])
    expect(guards.cspViolations, 'Content-Security-Policy violations').toEqual([])
    expect(guards.consoleErrors, 'console errors').toEqual([])
  }, { auto: true }],
})

export { expect }
