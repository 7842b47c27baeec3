/**
 * A phone, as Playwright describes the Pixel 7 (412 × 915, touch, 2.625 device pixels per CSS
 * pixel), for the reading view's tests; its browser type aside, since the suite runs its own
 * Chromium, and `test.use` in a describe group may not change it.
 */
import { devices } from '@playwright/test'

const { defaultBrowserType: _, ...pixel7 } = devices['Pixel 7']

export const phone = pixel7
