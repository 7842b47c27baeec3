/**
 * `npm run build -- --base /seminar/` builds a deck that works under that sub-path: every slide
 * loads directly at /seminar/N from a plain static server.
 */
import type { RunningServer } from '../support/start-static-server'
import { loadDeckOutline } from '../../scripts/deck-outline'
import { subpathDeckPort as port } from '../support/ports'
import { startStaticServer } from '../support/start-static-server'
import { basePath, ensureTestBuild, subpathBuild } from '../support/test-builds'
import { expect, test } from './fixtures'

const base = basePath(subpathBuild)
const { slides } = await loadDeckOutline()
let server: RunningServer | undefined

test.use({ baseURL: `http://127.0.0.1:${port}` })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  server = await startStaticServer({ dir: ensureTestBuild(subpathBuild), port, base, fallback: true })
})

test.afterAll(async () => {
  await server?.stop()
})

for (const slide of slides) {
  test(`slide ${slide.no} loads directly at ${base}${slide.no}`, async ({ page }) => {
    await page.goto(`${base}${slide.no}`)
    await expect(page.locator('#slide-content')).toBeVisible()
    await expect(page.locator('.slidev-page').filter({ hasText: slide.title }).first()).toBeVisible()
    expect(new URL(page.url()).pathname).toBe(`${base}${slide.no}`)
  })
}
