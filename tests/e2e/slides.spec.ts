/**
 * The built deck (`npm run build`, served statically), each edition in real Chromium: every slide
 * loads directly at /N (/fr/N) and renders its title, in the edition's language; the keyboard
 * walks every click step of every slide in order; the cover links to the other edition.
 */
import { deckPath, editions, loadTestedEditions, shownTitle } from '../support/editions'
import { walkEveryClickStep } from '../support/keyboard-walk'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

// The editions are independent of each other: each runs its tests in order, and with two test
// workers the two editions run side by side.
test.describe.configure({ mode: 'parallel' })

for (const { edition, outline, slides, words } of testedEditions) {
  test.describe(edition.locale, () => {
    test.describe.configure({ mode: 'default' })

    for (const slide of slides) {
      test(`slide ${slide.no} "${slide.title}" loads directly at ${deckPath(edition, slide.no)} and renders`, async ({ page }) => {
        await page.goto(deckPath(edition, slide.no))
        const content = page.locator('#slide-content')
        await expect(content).toBeVisible()
        await expect(page.locator('.slidev-page').filter({ hasText: shownTitle(slide.title) }).first()).toBeVisible()
        await expect(page).toHaveTitle(/CNES/)
        await expect(page.locator('html')).toHaveAttribute('lang', outline.lang)
        await page.evaluate(() => document.fonts.ready)
        const families = await page.evaluate(() => [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family))
        expect(families.map(f => f.replace(/"/g, ''))).toContain('Inter')
      })
    }

    test('the keyboard walks every click step, as the speaker notes announce them, through to the last slide', async ({ page }) => {
      await page.goto(deckPath(edition, 1))
      await expect(page.locator('#slide-content')).toBeVisible()
      await walkEveryClickStep(page, slides)
    })

    test('the cover links to the other edition, in its language, and the link leads there', async ({ page }) => {
      const other = edition.locale === 'en' ? editions.fr : editions.en
      await page.goto(deckPath(edition, 1))
      const link = page.locator('.slidev-page-1 a.other-edition')
      await expect(link).toBeVisible()
      await expect(link).toHaveText(words.ui.otherEdition.label)
      await expect(link).toHaveAttribute('hreflang', other.locale)
      // The link's words are in the language they are written in (WCAG 3.1.2, language of parts).
      const { labelLang } = words.ui.otherEdition
      if (labelLang === edition.locale)
        await expect(link).not.toHaveAttribute('lang')
      else
        await expect(link).toHaveAttribute('lang', labelLang)
      await expect(link).toHaveAttribute('href', deckPath(other))
      await link.click()
      await expect(page).toHaveURL(new RegExp(`${deckPath(other)}(?:1)?$`))
      await expect(page.locator('html')).toHaveAttribute('lang', other.locale)
      await expect(page.locator('.slidev-page-1 a.other-edition')).toHaveAttribute('href', deckPath(edition))
      // The PDF is one language's: the print view, which the export renders, has no such link.
      await page.goto(`${deckPath(edition, 1)}?print`)
      await expect(page.locator('.slidev-page-1')).toBeVisible()
      await expect(page.locator('a.other-edition')).toHaveCount(0)
    })
  })
}
