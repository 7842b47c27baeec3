/**
 * deploy/nginx.conf, run as shipped in a real nginx over HTTPS (a test certificate, trusted by the
 * browser) over the deck built with `--base /seminar/` (English at /seminar/, French at
 * /seminar/fr/): in each edition every deep link loads its own edition's index.html, hashed assets
 * are cached for a year while index.html, the fallback and the service worker are revalidated, a
 * missing asset is a 404, text is gzipped, and every response carries the security headers, HSTS
 * included, under whose Content-Security-Policy the deck runs without a single violation. A phone
 * gets the reading view (reading/), at its own URL or from the deck's. The
 * HTTP side, TLS itself and what lies outside the deck are tests/e2e/https.spec.ts's.
 */
import type { RunningNginx } from '../support/nginx'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { readingFolder } from '../../reading/switch'
import { recordCspViolations } from '../support/csp'
import { deckPath, loadTestedEditions, shownTitle } from '../support/editions'
import { walkEveryClickStep } from '../support/keyboard-walk'
import { loopbackGet } from '../support/loopback-get'
import { startNginx } from '../support/nginx'
import { phone } from '../support/phone'
import { nginxDeckHttpPort as httpPort, nginxDeckPort as port } from '../support/ports'
import { allTestBuilds, basePath, buildDir, ensureTestBuilds, subpathBuild } from '../support/test-builds'
import { deckHost } from '../support/tls'
import { expect, test } from './https-fixtures'

const testedEditions = await loadTestedEditions()

const siteBase = basePath(subpathBuild)
const origin = `https://${deckHost}:${port}`
const yearLong = 'public, max-age=31536000, immutable'
let nginx: RunningNginx | undefined
let authority: string | undefined
const siteDir = buildDir(subpathBuild)

test.use({ baseURL: origin })

test.beforeAll(async ({ certificates }) => {
  test.setTimeout(300_000)
  await ensureTestBuilds(...allTestBuilds)
  authority = certificates.authority
  nginx = await startNginx({ httpPort, httpsPort: port, deckDir: siteDir, certificateFile: certificates.certificateFile, keyFile: certificates.keyFile })
})

test.afterAll(async () => {
  await nginx?.stop()
})

/** One GET with exactly these request headers (Playwright's and fetch's add Accept-Encoding). */
function get(path: string, headers: Record<string, string> = {}) {
  return loopbackGet(origin, path, { headers, authority })
}

/** The largest file under an edition's assets/ whose name ends with this extension, as a path on the host. */
async function hashedAsset(folder: string, extension: string): Promise<string> {
  const assets = join(siteDir, folder, 'assets')
  const names = (await readdir(assets)).filter(name => name.endsWith(extension))
  const sized = await Promise.all(names.map(async name => ({ name, size: (await stat(join(assets, name))).size })))
  const largest = sized.sort((a, b) => b.size - a.size)[0]
  if (largest === undefined)
    throw new Error(`no ${extension} file in ${assets}`)
  return `${siteBase}${folder}assets/${largest.name}`
}

for (const { edition, outline, slides } of testedEditions) {
  const base = deckPath(edition, '', siteBase)

  test.describe(edition.locale, () => {
    for (const slide of slides) {
      test(`slide ${slide.no} loads directly at ${base}${slide.no} through nginx`, async ({ page }) => {
        const response = await page.goto(`${base}${slide.no}`)
        expect(response?.status()).toBe(200)
        await expect(page.locator('#slide-content')).toBeVisible()
        await expect(page.locator('.slidev-page').filter({ hasText: shownTitle(slide.title) }).first()).toBeVisible()
        await expect(page.locator('html')).toHaveAttribute('lang', outline.lang)
        expect(new URL(page.url()).pathname).toBe(`${base}${slide.no}`)
      })
    }

    test(`the presenter view loads at ${base}presenter and ${base}presenter/N`, async ({ page }) => {
      for (const path of [`${base}presenter`, ...slides.map(slide => `${base}presenter/${slide.no}`)]) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        await expect(page.locator('.slidev-presenter'), path).toBeVisible()
        // The bare presenter URL opens at slide 1.
        expect(new URL(page.url()).pathname).toBe(path.endsWith('presenter') ? `${path}/1` : path)
      }
    })

    test('the keyboard walks every click step under the Content-Security-Policy', async ({ page }) => {
      // The fixture fails the test on any CSP violation or console error along the way.
      await page.goto(`${base}1`)
      await expect(page.locator('#slide-content')).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', outline.lang)
      await walkEveryClickStep(page, slides)
    })

    test.describe('on a phone', () => {
      test.use({ ...phone })

      test(`the reading view loads at ${base}read/ and ${base}read, and a phone at ${base}N gets it at slide N, under the Content-Security-Policy`, async ({ page }) => {
        const reading = `${base}${readingFolder}`
        const response = await page.goto(`${reading}#2`)
        expect(response?.status()).toBe(200)
        expect(response?.headers()['content-type']).toMatch(/^text\/html/)
        await expect(page.locator('main > section')).toHaveCount(slides.length)
        await expect(page.locator('html')).toHaveAttribute('lang', outline.lang)
        await page.goto(reading.slice(0, -1))
        await expect(page).toHaveURL(url => url.pathname === reading)
        for (const no of [1, 4, slides.length]) {
          await page.goto(`${base}${no}`)
          await expect(page).toHaveURL(url => url.pathname === reading && url.hash === `#${no}`)
          await expect(page.locator(`section[id="${no}"]`)).toBeInViewport()
        }
      })
    })

    test('hashed assets are cached for a year; index.html, the fallback and the service worker are revalidated', async () => {
      for (const asset of [await hashedAsset(edition.path, '.js'), await hashedAsset(edition.path, '.css'), await hashedAsset(edition.path, '.woff2')]) {
        const response = await get(asset)
        expect(response.status, asset).toBe(200)
        expect(response.headers['cache-control'], asset).toBe(yearLong)
      }
      const index = await readFile(join(siteDir, edition.path, 'index.html'))
      for (const path of [base, `${base}index.html`, `${base}3`, `${base}presenter`, `${base}presenter/2`]) {
        const response = await get(path)
        expect(response.status, path).toBe(200)
        expect(response.headers['cache-control'], path).toBe('no-cache')
        expect(response.body.equals(index), `${path} is index.html`).toBe(true)
      }
      for (const [path, type] of [['sw.js', 'application/javascript'], ['manifest.webmanifest', 'application/manifest+json'], ['favicon.svg', 'image/svg+xml']]) {
        const response = await get(`${base}${path}`)
        expect(response.status, path).toBe(200)
        expect(response.headers['cache-control'], path).toBe('no-cache')
        expect(response.headers['content-type'], path).toBe(type)
      }
    })

    test(`a missing asset is a 404, not index.html; ${base.slice(0, -1)} redirects to ${base}`, async () => {
      const missing = await get(`${base}assets/missing-0000.js`)
      expect(missing.status).toBe(404)
      expect(missing.headers['content-type']).not.toMatch(/javascript/)
      expect(missing.headers['cache-control']).toBeUndefined()
      const bare = await get(base.slice(0, -1))
      expect(bare.status).toBe(301)
      expect(new URL(bare.headers.location ?? '', origin).pathname).toBe(base)
    })

    test('text is gzipped for clients that accept it, and only for them', async () => {
      for (const path of [base, `${base}4`, await hashedAsset(edition.path, '.js'), await hashedAsset(edition.path, '.css'), `${base}sw.js`, `${base}manifest.webmanifest`, `${base}favicon.svg`]) {
        const gzipped = await get(path, { 'Accept-Encoding': 'gzip' })
        expect(gzipped.headers['content-encoding'], path).toBe('gzip')
        expect(gzipped.headers.vary, path).toMatch(/Accept-Encoding/)
        const plain = await get(path)
        expect(plain.headers['content-encoding'], path).toBeUndefined()
        expect(gzipped.body.length, path).toBeLessThan(plain.body.length)
      }
      // Fonts are compressed already.
      const font = await get(await hashedAsset(edition.path, '.woff2'), { 'Accept-Encoding': 'gzip' })
      expect(font.headers['content-encoding']).toBeUndefined()
    })

    test('every response carries the security headers, and the CSP allows no other origin', async () => {
      // Outside the deck too: / and /html/ are 404s (tests/e2e/https.spec.ts).
      const paths = [base, `${base}5`, `${base}presenter/1`, await hashedAsset(edition.path, '.js'), `${base}sw.js`, `${base}assets/missing-0000.js`, base.slice(0, -1), '/', '/html/']
      for (const path of paths) {
        const { headers, status } = await get(path)
        expect(headers['strict-transport-security'], `${path} (${status})`).toBe('max-age=63072000')
        expect(headers['x-content-type-options'], `${path} (${status})`).toBe('nosniff')
        expect(headers['referrer-policy'], `${path} (${status})`).toBe('no-referrer')
        expect(headers['x-frame-options'], `${path} (${status})`).toBe('DENY')
        const csp = String(headers['content-security-policy'])
        const directives = new Map(csp.split(';').map(part => part.trim().split(/\s+/)).map(([name = '', ...sources]) => [name, sources]))
        expect(directives.get('default-src'), `${path} (${status})`).toEqual(['\'none\''])
        expect(directives.get('frame-ancestors'), `${path} (${status})`).toEqual(['\'none\''])
        // Only the deck's own origin, or keywords and schemes that name no other site.
        const sources = [...directives.values()].flat()
        expect(sources.filter(source => !['\'self\'', '\'none\'', '\'unsafe-inline\'', 'data:'].includes(source)), `${path}: ${csp}`).toEqual([])
      }
    })
  })
}

test('the Content-Security-Policy is enforced: an inline script is refused and reported', async ({ context }) => {
  // The control for the CSP checks above: on a page of its own (the fixture's guards watch the
  // main page only), a violation is both blocked and seen.
  const probe = await context.newPage()
  const violations = await recordCspViolations(probe)
  await probe.goto(`${siteBase}1`)
  const ran = await probe.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'document.documentElement.dataset.inlineScriptRan = "yes"'
    document.head.append(script)
    return document.documentElement.dataset.inlineScriptRan === 'yes'
  })
  expect(ran, 'the inline script ran').toBe(false)
  await expect.poll(() => violations.join('\n')).toMatch(/^script-src-elem refused inline/m)
  await probe.close()
})
