/**
 * `npm run build -- --base /seminar/` builds a deck that works under that sub-path, the French
 * edition under /seminar/fr/: every slide of each loads directly at /seminar/N (/seminar/fr/N)
 * from a plain static server.
 */
import type { RunningServer } from '../support/start-static-server'
import { deckPath, loadTestedEditions, shownTitle } from '../support/editions'
import { subpathDeckPort as port } from '../support/ports'
import { startStaticServer } from '../support/start-static-server'
import { allTestBuilds, basePath, buildDir, ensureTestBuilds, subpathBuild } from '../support/test-builds'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

const base = basePath(subpathBuild)
let server: RunningServer | undefined

test.use({ baseURL: `http://127.0.0.1:${port}` })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  await ensureTestBuilds(...allTestBuilds)
  server = await startStaticServer({ dir: buildDir(subpathBuild), port, base, fallback: true })
})

test.afterAll(async () => {
  await server?.stop()
})

for (const { edition, outline, slides } of testedEditions) {
  test.describe(edition.locale, () => {
    for (const slide of slides) {
      test(`slide ${slide.no} loads directly at ${deckPath(edition, slide.no, base)}`, async ({ page }) => {
        await page.goto(deckPath(edition, slide.no, base))
        await expect(page.locator('#slide-content')).toBeVisible()
        await expect(page.locator('.slidev-page').filter({ hasText: shownTitle(slide.title) }).first()).toBeVisible()
        await expect(page.locator('html')).toHaveAttribute('lang', outline.lang)
        expect(new URL(page.url()).pathname).toBe(deckPath(edition, slide.no, base))
      })
    }
  })
}
