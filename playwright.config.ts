import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, resolveChromium } from './scripts/chromium'
import { builtDeckPort, devDeckPort, devDeckPortFr } from './tests/support/ports'
import { testRunVariable } from './tests/support/test-builds'

// One id for this run, set in the runner's process before it starts its workers, which inherit
// it: the test builds are built once per run, whichever worker asks first.
process.env[testRunVariable] ??= `${Date.now()}-${process.pid}`

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  // Two tests at a time: two spec files, and the two editions of the biggest ones, side by side.
  // Much of a browser test is waiting (for a server, a build, a fade, the presenter's sync), which
  // the other worker fills. The timing-sensitive tests (presenter sync, fades) are written to hold
  // on two busy cores: all 382 passed with two workers while two other builds and benchmarks ran
  // beside them (load average 10-16). TEST_WORKERS=1 runs one test at a time.
  workers: Number(process.env.TEST_WORKERS ?? 2),
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
      command: `tsx bench/static-server.ts dist ${builtDeckPort}`,
      url: `http://127.0.0.1:${builtDeckPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The presenter's own command (`npm run dev`), data and port checks included.
      command: `tsx scripts/deck.ts dev --port ${devDeckPort} --open=false`,
      url: `http://127.0.0.1:${devDeckPort}/`,
      reuseExistingServer: false,
      // It answers once the whole deck is compiled (setup/warm-up.ts): under a minute on two busy cores.
      timeout: 240_000,
    },
    {
      // The French presenting deck (`npm run dev:fr`), on a port of its own.
      command: `tsx scripts/deck.ts dev slides.fr.md --port ${devDeckPortFr} --open=false`,
      url: `http://127.0.0.1:${devDeckPortFr}/`,
      reuseExistingServer: false,
      timeout: 240_000,
    },
  ],
})
