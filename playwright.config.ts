import { defineConfig } from '@playwright/test'
import { chromiumArgs, resolveChromium } from './scripts/chromium'
import { builtDeckPort, devDeckPort } from './tests/support/ports'

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${builtDeckPort}`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: { executablePath: resolveChromium().executablePath, args: chromiumArgs },
    trace: 'off',
  },
  webServer: [
    {
      command: `tsx tests/support/static-server.ts dist ${builtDeckPort}`,
      url: `http://127.0.0.1:${builtDeckPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The presenter's own command (`npm run dev`, less its data check), port check included.
      command: `tsx scripts/dev.ts --port ${devDeckPort} --open=false`,
      url: `http://127.0.0.1:${devDeckPort}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
