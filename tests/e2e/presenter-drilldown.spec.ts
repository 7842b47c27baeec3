/**
 * The drill-down works in presenter mode (`npm run dev`, /presenter/N) as on the audience's
 * screen: the presenter can open a country's projects, close them with Escape, and go on.
 */
import { loadDeckOutline } from '../../scripts/deck-outline'
import { devDeckPort } from '../support/ports'
import { expect, test } from './fixtures'

const { slides } = await loadDeckOutline()
const mapSlide = slides.find(s => s.title.startsWith('Two types of partners'))!.no

test.use({ baseURL: `http://127.0.0.1:${devDeckPort}` })

test('in presenter mode a country opens its projects and Escape closes them', async ({ page }) => {
  await page.goto(`/presenter/${mapSlide}?clicks=1`)
  const current = page.locator(`#slide-content .slidev-page-${mapSlide}`).first()
  await current.locator('.map-label[data-partner="VN"]').click()
  const details = current.getByRole('region', { name: 'Vietnam' })
  await expect(details).toBeVisible()
  await expect(details.locator('[data-project]')).not.toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(details).toBeHidden()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/presenter/${mapSlide + 1}(\\?|$)`))
})
