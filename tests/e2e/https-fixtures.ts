/**
 * The browser tests' fixtures (./fixtures.ts: every guard included) for a deck served over HTTPS
 * by deploy/nginx.conf, at https://deck.test:<port>: each test worker makes a test certificate
 * authority and a certificate for deck.test (tests/support/tls.ts), and its Chromium trusts that
 * authority and resolves deck.test, and nothing else, to 127.0.0.1.
 */
import type { TestCertificates } from '../support/tls'
import process from 'node:process'
import { hostResolverRules, makeTestCertificates } from '../support/tls'
import { test as base } from './fixtures'

export const test = base.extend<object, { certificates: TestCertificates }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  certificates: [async ({}, use) => {
    const certificates = await makeTestCertificates()
    await use(certificates)
    await certificates.remove()
  }, { scope: 'worker' }],

  launchOptions: [async ({ launchOptions, certificates }, use) => {
    await use({
      ...launchOptions,
      args: [...launchOptions.args ?? [], `--host-resolver-rules=${hostResolverRules}`],
      env: { ...process.env, HOME: certificates.browserHome },
    })
  }, { scope: 'worker' }],
})

export { expect } from './fixtures'
