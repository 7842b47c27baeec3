import { loadDeckOutline } from '../../scripts/deck-outline'
import { noteSentences } from '../support/notes'
/**
 * Presenting (`npm run dev`): presenter mode at /presenter/N shows each slide's speaker notes and
 * the timer.
 */
import { devDeckPort } from '../support/ports'
import { expect, test } from './fixtures'

const { slides } = await loadDeckOutline()

test.use({ baseURL: `http://127.0.0.1:${devDeckPort}` })

for (const slide of slides) {
  test(`presenter mode shows the notes of slide ${slide.no} "${slide.title}"`, async ({ page }) => {
    expect(noteSentences(slide.note).length, 'every slide has speaker notes').toBeGreaterThan(0)
    await page.goto(`/presenter/${slide.no}`)
    const notes = page.locator('.slidev-note').first()
    await expect(notes).toBeVisible()
    for (const sentence of noteSentences(slide.note))
      await expect(notes).toContainText(sentence)
  })
}

test('presenter mode shows a timer and the next slide', async ({ page }) => {
  await page.goto('/presenter/1')
  await expect(page.getByText(/\d{1,2}:\d{2}/).first()).toBeVisible()
  await expect(page.locator('.slidev-page')).not.toHaveCount(0)
})
