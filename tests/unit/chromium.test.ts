import { describe, expect, it } from 'vitest'
import { ChromiumNotFoundError, chromiumPathVariable, resolveChromium, systemChromiumPaths } from '../../scripts/chromium'

const nowhere = () => false
const playwrightCache = '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome'

describe('resolveChromium', () => {
  it('prefers the environment variable', () => {
    const found = resolveChromium({ [chromiumPathVariable]: '/opt/chrome' }, path => path === '/opt/chrome' || path === '/usr/bin/chromium')
    expect(found).toEqual({ executablePath: '/opt/chrome', source: 'environment' })
  })

  it('refuses an environment variable that points nowhere, and says how to get a browser', () => {
    expect(() => resolveChromium({ [chromiumPathVariable]: '/missing/chrome' }, nowhere, () => playwrightCache))
      .toThrowError(/CHROMIUM_PATH is set to "\/missing\/chrome"[^\n]*\n.*apt-get install -y chromium/s)
  })

  it('falls back to a system Chromium or Chrome, in order', () => {
    const found = resolveChromium({}, path => path === '/usr/bin/google-chrome' || path === '/usr/bin/chromium-browser')
    expect(found).toEqual({ executablePath: '/usr/bin/chromium-browser', source: 'system' })
    expect(systemChromiumPaths[0]).toBe('/usr/bin/chromium')
  })

  it('falls back to Playwright\'s own browser last', () => {
    const found = resolveChromium({}, path => path === playwrightCache, () => playwrightCache)
    expect(found).toEqual({ executablePath: playwrightCache, source: 'playwright' })
  })

  it('throws one clear error when there is no browser at all', () => {
    const attempt = () => resolveChromium({}, nowhere, () => playwrightCache)
    expect(attempt).toThrowError(ChromiumNotFoundError)
    expect(attempt).toThrowError(/No Chromium or Chrome found[\s\S]*npx playwright install chromium/)
  })
})
