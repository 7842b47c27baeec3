/**
 * deploy/nginx.conf as browsers need it: HTTPS. Run as shipped in a real nginx with a test
 * certificate (tests/support/nginx.ts, tests/support/tls.ts), this checks what lies around the
 * deck, which tests/e2e/nginx.spec.ts (the deck itself, over HTTPS) and tests/e2e/offline.spec.ts
 * (the service worker, over HTTPS) do not:
 *   - TLS: 1.2 and 1.3 only, forward-secret authenticated ciphers only, HTTP/2 offered, the
 *     certificate checked against its authority, as a client would;
 *   - port 80: a permanent redirect to the same URL over HTTPS for every path, except certbot's
 *     challenges, which it serves;
 *   - nothing outside the deck's folder: / and /html/ (Debian's default site) are 404s, and no
 *     path with `..` leaves the folder;
 *   - in the browser: an http:// link lands on the deck over HTTPS, a secure context where the
 *     service worker takes control, and after that the browser goes to HTTPS by itself (HSTS);
 *     over plain http:// at a host name, no page is a secure context.
 */
import type { Browser, BrowserContext } from '@playwright/test'
import type { ConnectionOptions } from 'node:tls'
import type { RunningNginx } from '../support/nginx'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { connect, getCiphers } from 'node:tls'
import { loopbackGet } from '../support/loopback-get'
import { startNginx } from '../support/nginx'
import { httpsDeckHttpPort as httpPort, httpsDeckPort as port } from '../support/ports'
import { basePath, buildDir, ensureTestBuilds, hashBuild, subpathBuild, testBuildsRoot } from '../support/test-builds'
import { deckHost } from '../support/tls'
import { expect, test } from './https-fixtures'

const origin = `https://${deckHost}:${port}`
const httpOrigin = `http://${deckHost}:${httpPort}`
const base = basePath(subpathBuild)
const deckDir = buildDir(subpathBuild)
let nginx: RunningNginx | undefined
let authority = ''

test.use({ baseURL: origin })

test.beforeAll(async ({ certificates }) => {
  test.setTimeout(300_000)
  // The hash build is the folder beside the deck's, for the `..` checks to aim at.
  await ensureTestBuilds(subpathBuild, hashBuild)
  authority = certificates.authority
  nginx = await startNginx({ httpPort, httpsPort: port, deckDir, certificateFile: certificates.certificateFile, keyFile: certificates.keyFile })
})

test.afterAll(async () => {
  await nginx?.stop()
})

interface Handshake {
  protocol: string | null
  cipher: string
  alpn: string | false
  authorized: boolean
}

/** One TLS handshake with the test nginx, as deck.test; rejects with the TLS error it ends with. */
function handshake(options: ConnectionOptions): Promise<Handshake> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, servername: deckHost, ca: authority, ...options }, () => {
      resolve({ protocol: socket.getProtocol(), cipher: socket.getCipher().name, alpn: socket.alpnProtocol ?? false, authorized: socket.authorized })
      socket.end()
    })
    socket.on('error', reject)
  })
}

/** The error code a handshake fails with, or "accepted". */
async function outcome(options: ConnectionOptions): Promise<string> {
  return handshake(options).then(() => 'accepted', (error: NodeJS.ErrnoException) => error.code ?? error.message)
}

// OpenSSL refuses TLS 1.0 and 1.1 (and weak ciphers) on its own side at its default security
// level: level 0 lets the client offer them, so that any refusal seen is the server's.
const anything = 'ALL:@SECLEVEL=0'

test.describe('TLS', () => {
  test('TLS 1.2 and 1.3 are accepted, with a certificate valid for the host name; TLS 1.0 and 1.1 are refused by the server', async () => {
    for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
      const accepted = await handshake({ minVersion: version, maxVersion: version })
      expect(accepted.protocol, version).toBe(version)
      expect(accepted.authorized, `${version}: the certificate checks out against the test authority for ${deckHost}`).toBe(true)
    }
    for (const version of ['TLSv1', 'TLSv1.1'] as const) {
      // The server's "protocol version" alert, not a refusal of the client's own.
      expect(await outcome({ minVersion: version, maxVersion: version, ciphers: anything }), version).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION')
    }
  })

  test('TLS 1.2: of every cipher OpenSSL knows, only forward-secret authenticated encryption is accepted', async () => {
    const tls12Ciphers = getCiphers().filter(name => !name.startsWith('tls_')).map(name => name.toUpperCase())
    const outcomes = await Promise.all(tls12Ciphers.map(async cipher => ({ cipher, outcome: await outcome({ maxVersion: 'TLSv1.2', ciphers: `${cipher}:@SECLEVEL=0` }) })))
    const accepted = outcomes.filter(tried => tried.outcome === 'accepted').map(tried => tried.cipher)
    test.info().annotations.push({ type: 'TLS 1.2 ciphers accepted', description: `${accepted.join(', ')} (of ${tls12Ciphers.length} tried)` })
    // ECDHE: forward secrecy; GCM or ChaCha20-Poly1305: authenticated encryption (no CBC, RC4, 3DES).
    expect(accepted.filter(cipher => !/^ECDHE-(?:ECDSA|RSA)-(?:AES(?:128|256)-GCM-SHA(?:256|384)|CHACHA20-POLY1305)$/.test(cipher))).toEqual([])
    // What browsers use with this certificate's key (ECDSA P-256).
    expect(accepted).toContain('ECDHE-ECDSA-AES128-GCM-SHA256')
    // Weak ones (RSA key exchange: no forward secrecy; CBC) are refused by the server, not by the
    // client: its handshake_failure alert (OpenSSL 3.0 names it SSLV3_ALERT_HANDSHAKE_FAILURE,
    // 3.5 SSL/TLS_ALERT_HANDSHAKE_FAILURE), or the connection it closes right after sending it.
    for (const weak of ['AES128-SHA', 'AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA384'])
      expect(outcomes.find(tried => tried.cipher === weak)?.outcome, weak).toMatch(/^(?:ERR_SSL_(?:SSLV3|SSL\/TLS)_ALERT_HANDSHAKE_FAILURE|ECONNRESET)$/)
  })

  test('TLS 1.3: its three standard suites, all authenticated encryption, and HTTP/2 is offered', async () => {
    const suites = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256']
    for (const suite of suites) {
      const accepted = await handshake({ minVersion: 'TLSv1.3', ciphers: suite })
      expect(accepted.cipher, suite).toBe(suite)
    }
    const alpn = await handshake({ ALPNProtocols: ['h2', 'http/1.1'] })
    expect(alpn.alpn).toBe('h2')
  })
})

test.describe('port 80', () => {
  test('every path gets a permanent redirect to the same URL over HTTPS, without HSTS (it is for HTTPS responses only)', async () => {
    for (const path of ['/', `${base}`, `${base}4?from=poster`, `${base}fr/presenter/2`, `${base}assets/missing-0000.js`, '/html/', '/.well-known/other']) {
      const response = await loopbackGet(httpOrigin, path)
      expect(response.status, path).toBe(301)
      expect(response.headers.location, path).toBe(`${origin}${path}`)
      expect(response.headers['strict-transport-security'], path).toBeUndefined()
    }
  })

  test('certbot\'s challenges are served from its folder, not redirected; over HTTPS they are 404s like anything outside the deck', async () => {
    const challenges = join(nginx!.acmeDir, '.well-known', 'acme-challenge')
    await mkdir(challenges, { recursive: true })
    const token = 'Dpa1gMLq7hUQDmZ3bNRpfnZcTJXXT0bFqSyg-zTmFs4'
    const keyAuthorization = `${token}.9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI`
    await writeFile(join(challenges, token), keyAuthorization)

    const challenge = await loopbackGet(httpOrigin, `/.well-known/acme-challenge/${token}`)
    expect(challenge.status).toBe(200)
    expect(challenge.body.toString()).toBe(keyAuthorization)
    const missing = await loopbackGet(httpOrigin, '/.well-known/acme-challenge/no-such-token')
    expect(missing.status).toBe(404)
    expect(missing.headers.location).toBeUndefined()

    expect((await loopbackGet(origin, `/.well-known/acme-challenge/${token}`, { authority })).status).toBe(404)
  })
})

test('nothing outside the deck\'s folder is served: / and /html/ are 404s, and no path with `..` leaves the folder', async () => {
  // The target: a real file beside the deck's folder.
  const outside = join(dirname(deckDir), basePath(hashBuild), 'index.html')
  expect(existsSync(outside), outside).toBe(true)
  const outsideContent = await readFile(outside)
  const index = await readFile(join(deckDir, 'index.html'))
  // The control: the deck's own index.html is there.
  const inside = await loopbackGet(origin, `${base}index.html`, { authority })
  expect(inside.status).toBe(200)
  expect(inside.body.equals(index)).toBe(true)

  const hashBase = basePath(hashBuild)
  const notFound = [
    '/',
    '/index.html',
    '/html/',
    '/html/index.nginx-debian.html',
    '/favicon.ico',
    `${hashBase}index.html`,
    // nginx resolves `..` (plain or percent-encoded) before it picks a location: these are /html/ and
    // the folder beside the deck's.
    `${base}../html/`,
    `${base}../${hashBase.slice(1)}index.html`,
    `${base}%2e%2e/${hashBase.slice(1)}index.html`,
    `${base}fr/../../${hashBase.slice(1)}index.html`,
    // The alias pitfall: /seminar../ would be the deck's parent folder if the location lacked its "/".
    `${base.slice(0, -1)}..${hashBase}index.html`,
  ]
  for (const path of notFound) {
    const response = await loopbackGet(origin, path, { authority })
    expect(response.status, path).toBe(404)
    expect(response.body.equals(outsideContent), path).toBe(false)
    expect(response.body.equals(index), path).toBe(false)
  }
  // Above the site's root: nginx refuses the request itself.
  for (const path of [`${base}../../etc/passwd`, `${base}..%2f..%2f${testBuildsRoot.slice(1)}`]) {
    const response = await loopbackGet(origin, path, { authority })
    expect(response.status, path).toBe(400)
  }
})

/** A context of its own, outside the fixture's guards (which allow the HTTPS origin only), with a guard of its own: every request goes to deck.test. */
async function contextWatched(browser: Browser): Promise<{ context: BrowserContext, requests: string[] }> {
  const context = await browser.newContext()
  const requests: string[] = []
  context.on('request', request => requests.push(request.url()))
  return { context, requests }
}

function offHost(requests: string[]): string[] {
  return requests.filter(url => !url.startsWith('data:') && new URL(url).hostname !== deckHost)
}

test('an http:// link lands on the deck over HTTPS and HTTP/2, where the service worker takes control; from then on the browser goes to HTTPS by itself (HSTS)', async ({ browser }) => {
  const { context, requests } = await contextWatched(browser)
  const page = await context.newPage()

  const landed = await page.goto(`${httpOrigin}${base}2`)
  expect(landed?.url()).toBe(`${origin}${base}2`)
  const redirect = await landed!.request().redirectedFrom()!.response()
  expect(redirect?.status(), 'nginx\'s redirect').toBe(301)
  await expect(page.locator('#slide-content')).toBeVisible()
  expect(await page.evaluate(() => ({
    secure: window.isSecureContext,
    protocol: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol,
  }))).toEqual({ secure: true, protocol: 'h2' })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })

  // HSTS: the browser now rewrites http://deck.test:<any port> to https:// before sending anything.
  // Here that is the HTTP port spoken to in TLS, which fails; in production, port 80 becomes 443.
  const upgraded = page.waitForEvent('request', request => request.url() === `https://${deckHost}:${httpPort}${base}3`)
  await expect(page.goto(`${httpOrigin}${base}3`)).rejects.toThrow(/ERR_SSL_PROTOCOL_ERROR/)
  expect((await upgraded).redirectedFrom()?.url(), 'the browser\'s own upgrade').toBe(`${httpOrigin}${base}3`)
  expect(await nginx!.accessLog(), 'no plain http request for the page reached nginx').not.toMatch(new RegExp(`"GET ${base}3 HTTP/1\\.1" 301`))

  expect(offHost(requests)).toEqual([])
  await context.close()
})

test('the control: over plain http:// at a host name (not localhost), a page is not a secure context and has no service worker', async ({ browser }) => {
  // A plain-http page that port 80 serves: a file in certbot's folder.
  const challenges = join(nginx!.acmeDir, '.well-known', 'acme-challenge')
  await mkdir(challenges, { recursive: true })
  await writeFile(join(challenges, 'plain.txt'), 'served over http')
  const { context, requests } = await contextWatched(browser)
  const page = await context.newPage()
  const response = await page.goto(`${httpOrigin}/.well-known/acme-challenge/plain.txt`)
  expect(response?.url()).toBe(`${httpOrigin}/.well-known/acme-challenge/plain.txt`)
  expect(await page.evaluate(() => ({ secure: window.isSecureContext, serviceWorker: 'serviceWorker' in navigator }))).toEqual({ secure: false, serviceWorker: false })
  expect(offHost(requests)).toEqual([])
  await context.close()
})
