/**
 * The one place that decides which Chromium the export and the tests drive:
 *   1. the CHROMIUM_PATH environment variable, when set;
 *   2. else a system Chromium or Chrome (Debian's `chromium` package, Chrome on macOS/Windows);
 *   3. else Playwright's own browser, on machines where `npx playwright install chromium` was run.
 * `npm install` never downloads a browser: package.json's allowScripts denies playwright-chromium's
 * install script. Also: what the deck's own commands let that browser reach (keepToOrigin).
 */
import type { BrowserContext, Page } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { DeckError } from './files'

export const chromiumPathVariable = 'CHROMIUM_PATH'

export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
] as const

/**
 * Flags for headless Chromium on these machines: no sandbox when running as root, and no
 * background traffic (update checks, field trials) that would try to leave the machine.
 */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
]

export interface ResolvedChromium {
  executablePath: string
  source: 'environment' | 'system' | 'playwright'
}

/** An expected failure: its message says how to get a browser. */
export class ChromiumNotFoundError extends DeckError {
  override name = 'ChromiumNotFoundError'
}

const howToGetOne = [
  'To get one, either:',
  `  - set ${chromiumPathVariable}=/path/to/chromium-or-chrome;`,
  '  - or install a system Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`);',
  '  - or, on a machine with internet access, let Playwright fetch its browser: `npx playwright install chromium`.',
].join('\n')

export function resolveChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightPath: () => string = () => chromium.executablePath(),
): ResolvedChromium {
  const fromEnv = env[chromiumPathVariable]
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new ChromiumNotFoundError(`${chromiumPathVariable} is set to "${fromEnv}", but no file exists there.\n${howToGetOne}`)
    return { executablePath: fromEnv, source: 'environment' }
  }
  const system = systemChromiumPaths.find(path => exists(path))
  if (system)
    return { executablePath: system, source: 'system' }
  const bundled = playwrightPath()
  if (bundled && exists(bundled))
    return { executablePath: bundled, source: 'playwright' }
  throw new ChromiumNotFoundError(`No Chromium or Chrome found (looked at $${chromiumPathVariable}, ${systemChromiumPaths.length} system paths and Playwright's browser cache).\n${howToGetOne}`)
}

/**
 * Lets a page (or every page of a context) reach only `origin`, and data: and blob: URLs: any other
 * request is refused and listed in the array returned, for the command to fail on. Nothing the
 * deck's commands draw or print may leave the machine.
 */
export async function keepToOrigin(target: Page | BrowserContext, origin: string): Promise<string[]> {
  const refused: string[] = []
  await target.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:')
      return route.continue()
    refused.push(url.href)
    return route.abort('blockedbyclient')
  })
  return refused
}
