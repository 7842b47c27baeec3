/**
 * A redeploy reaches a returning visitor in one action, and never reloads a deck by itself.
 *
 * Build A is the deck as it is (the /seminar/ test build); build B is the same deck after a
 * last-minute correction (slide 2's title, in a scratch copy), built with the same command and
 * base. A static host serves A; a visitor opens slide 2 and the presenter view, and A's service
 * worker takes control. The host is then redeployed with B, and the visitor comes back (a
 * reload): the deck still shows A, served offline-first by A's worker, and says in its language
 * that a newer version is there, in every open window, without reloading any. One action in a
 * window shows B there; the other window keeps A until its own visitor asks. "Later" puts the
 * note aside.
 */
import type { Page } from '@playwright/test'
import type { RunningServer } from '../support/start-static-server'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { deckPath, loadTestedEditions, shownTitle } from '../support/editions'
import { redeployDeckPort as port } from '../support/ports'
import { copyProject, editOnce, removeProject, runScript } from '../support/scratch-project'
import { startStaticServer } from '../support/start-static-server'
import { basePath, buildDir, ensureTestBuilds, subpathBuild } from '../support/test-builds'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()
const base = basePath(subpathBuild)
/** What the correction appends to slide 2's title, per language. */
const correction = { en: ' (corrected)', fr: ' (corrigé)' } as const

let scratch: string | undefined
let server: RunningServer | undefined

test.use({ baseURL: `http://127.0.0.1:${port}` })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  scratch = await copyProject()
  for (const { edition, slides } of testedEditions)
    await editOnce(scratch, edition.entry, `\n# ${slides[1]!.title}\n`, `\n# ${slides[1]!.title}${correction[edition.locale]}\n`)
  const [, buildB] = await Promise.all([
    ensureTestBuilds(subpathBuild),
    runScript(scratch, 'build', 300_000, ['--base', base, '--out', join(scratch, 'dist')]),
  ])
  expect(buildB.exitCode, buildB.lines.join('\n')).toBe(0)
})

test.afterAll(async () => {
  await server?.stop()
  if (scratch !== undefined)
    await removeProject(scratch)
})

/** Puts a build on the host (stopping the one it served): a deploy. */
async function deploy(dir: string): Promise<void> {
  await server?.stop()
  server = await startStaticServer({ dir, port, base, fallback: true })
}

/** Counts the full loads of a window from now on; same-document moves between slides are not loads. */
function countLoads(page: Page): () => number {
  let loads = 0
  page.on('load', () => loads++)
  return () => loads
}

for (const { edition, slides, words } of testedEditions) {
  const title = slides[1]!.title
  const correctedTitle = `${title}${correction[edition.locale]}`

  test.describe(edition.locale, () => {
    test('after a redeploy, every open window says a newer version is there, one action shows it, and no window reloads by itself', async ({ page, context, guards }) => {
      await deploy(buildDir(subpathBuild))
      await page.goto(deckPath(edition, 2, base))
      await expect(page.locator('.slidev-page-2').getByRole('heading', { level: 1 })).toHaveText(shownTitle(title))
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })
      const presenter = await context.newPage()
      guards.watch(presenter)
      await presenter.goto(deckPath(edition, 'presenter/2', base))
      await expect(presenter.locator('.slidev-presenter')).toBeVisible()
      // A first visit says nothing of updates.
      await expect(page.getByTestId('deck-update')).toBeEmpty()

      await deploy(join(scratch!, 'dist'))
      await page.reload()
      const pageLoads = countLoads(page)
      const presenterLoads = countLoads(presenter)

      const prompt = page.getByTestId('deck-update')
      await expect(prompt).toContainText(words.ui.deckUpdate.available, { timeout: 30_000 })
      await expect(page.locator('html')).toHaveAttribute('lang', edition.locale)
      // Still build A, served by its worker: nothing changes under the visitor's eyes.
      await expect(page.locator('.slidev-page-2').getByRole('heading', { level: 1 })).toHaveText(shownTitle(title))
      // The presenter window is told too, without a reload.
      await expect(presenter.getByTestId('deck-update')).toContainText(words.ui.deckUpdate.available, { timeout: 30_000 })
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('[data-testid="deck-update"]').analyze()
      expect(axe.violations.map(violation => violation.id)).toEqual([])
      // Time for a worker that took over by itself, or a page that reloaded itself, to show.
      await page.waitForTimeout(3000)
      expect(pageLoads(), 'the audience window reloaded by itself').toBe(0)
      expect(presenterLoads(), 'the presenter window reloaded by itself').toBe(0)
      await expect(page.locator('.slidev-page-2').getByRole('heading', { level: 1 })).toHaveText(shownTitle(title))

      // One action shows build B in that window.
      await prompt.getByRole('button', { name: words.ui.deckUpdate.show }).click()
      await expect(page.locator('.slidev-page-2').getByRole('heading', { level: 1 })).toHaveText(shownTitle(correctedTitle), { timeout: 30_000 })
      expect(pageLoads()).toBe(1)
      await expect(page.getByTestId('deck-update')).toBeEmpty()

      // The presenter window, now controlled by B's worker, has not moved: it shows build A until
      // its visitor asks, and then B at once.
      await page.waitForTimeout(1000)
      expect(presenterLoads(), 'the presenter window reloaded because another window asked').toBe(0)
      await expect(presenter.locator('.slidev-page-2').first()).toContainText(shownTitle(title))
      await presenter.getByTestId('deck-update').getByRole('button', { name: words.ui.deckUpdate.show }).click()
      await expect(presenter.locator('.slidev-page-2').first()).toContainText(shownTitle(correctedTitle), { timeout: 30_000 })
      expect(presenterLoads()).toBe(1)
    })

    test('"Later" puts the note aside, and the deck stays as it is', async ({ page }) => {
      await deploy(buildDir(subpathBuild))
      await page.goto(deckPath(edition, 2, base))
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })
      await deploy(join(scratch!, 'dist'))
      await page.reload()
      const loads = countLoads(page)
      const prompt = page.getByTestId('deck-update')
      await prompt.getByRole('button', { name: words.ui.deckUpdate.later }).click({ timeout: 30_000 })
      await expect(prompt).toBeEmpty()
      await page.waitForTimeout(1000)
      expect(loads()).toBe(0)
      await expect(page.locator('.slidev-page-2').getByRole('heading', { level: 1 })).toHaveText(shownTitle(slides[1]!.title))
    })
  })
}
