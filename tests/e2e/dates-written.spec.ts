/**
 * setup/dates-written.ts, on each edition of the built deck in Chromium: slide 1 shows the
 * seminar's date as the language's formatter writes it, and the page makes no date formatter of its
 * own to show it (the build wrote the edition's dates). Slidev's 3 s preload of the rest of the
 * deck, whose charts write their own dates, is held off by the page's fake clock.
 */
import { deckPath, loadTestedEditions } from '../support/editions'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

test.describe.configure({ mode: 'parallel' })

declare global {
  /** How many `Intl.DateTimeFormat`s the page has made. */
  interface Window { __dateFormattersMade?: number }
}

for (const { edition, data, words } of testedEditions) {
  test(`${edition.locale}: slide 1 shows the seminar's date without making a date formatter`, async ({ page }) => {
    await page.addInitScript(() => {
      window.__dateFormattersMade = 0
      Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
        construct(target, args) {
          window.__dateFormattersMade!++
          return Reflect.construct(target, args)
        },
        apply(target, self, args) {
          window.__dateFormattersMade!++
          return Reflect.apply(target, self, args)
        },
      })
    })
    await page.clock.install()
    await page.goto(deckPath(edition, 1))
    // Ahead of the page's clock, which runs from install(), so that Slidev's 3 s preload waits.
    await page.clock.pauseAt(Date.now() + 60_000)
    const date = page.locator(`#slideshow .slidev-page-1 time[datetime="${data.event.date}"]`)
    await expect(date).toHaveText(words.format.date(data.event.date))
    expect(await page.evaluate(() => window.__dateFormattersMade), 'date formatters made').toBe(0)
    // The probe counts: the same page makes one when asked to.
    expect(await page.evaluate(() => {
      void new Intl.DateTimeFormat('en')
      return window.__dateFormattersMade
    })).toBe(1)
  })
}
