/**
 * Every browser test runs under two guards: no request may leave the deck's own origin, and no
 * console error or page error may occur. Both are checked after each test, on the test's page and
 * on any other page the test hands to `guards.watch` (a second window, say).
 */
import type { Page } from '@playwright/test'
import { test as base, expect } from '@playwright/test'

interface DeckGuards {
  offsiteRequests: string[]
  consoleErrors: string[]
  /** Puts another page under the same guards. */
  watch: (page: Page) => void
}

export const test = base.extend<{ guards: DeckGuards }>({
  guards: [async ({ page, baseURL }, use) => {
    const allowedOrigins = new Set([new URL(baseURL!).origin])
    const guards: DeckGuards = {
      offsiteRequests: [],
      consoleErrors: [],
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
    expect(guards.consoleErrors, 'console errors').toEqual([])
  }, { auto: true }],
})

export { expect }
