/**
 * `npm run build -- --base /seminar/` builds a deck that works under that sub-path: every slide
 * loads directly at /seminar/N from a plain static server.
 */
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { join } from 'node:path'
import { loadDeckOutline, projectRoot } from '../../scripts/deck-outline'
import { subpathDeckPort as port } from '../support/ports'
import { expect, test } from './fixtures'

const base = '/seminar/'
const out = join(projectRoot, '.test-builds', 'seminar')
const { slides } = await loadDeckOutline()
let server: ChildProcess | undefined

test.use({ baseURL: `http://127.0.0.1:${port}` })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  execFileSync('npm', ['run', 'build', '--', '--base', base, '--out', out], { cwd: projectRoot, stdio: 'pipe' })
  // Node itself (not npx) so that killing it stops the server.
  server = spawn(process.execPath, ['--import', 'tsx', 'tests/support/static-server.ts', out, String(port), base], { cwd: projectRoot, stdio: 'pipe' })
  await new Promise<void>((resolve, reject) => {
    server!.stderr!.on('data', (chunk: Uint8Array) => String(chunk).includes('Serving') && resolve())
    server!.on('exit', code => reject(new Error(`static server exited with ${code}`)))
  })
})

test.afterAll(() => {
  server?.kill()
})

for (const slide of slides) {
  test(`slide ${slide.no} loads directly at ${base}${slide.no}`, async ({ page }) => {
    await page.goto(`${base}${slide.no}`)
    await expect(page.locator('#slide-content')).toBeVisible()
    await expect(page.locator('.slidev-page').filter({ hasText: slide.title }).first()).toBeVisible()
    expect(new URL(page.url()).pathname).toBe(`${base}${slide.no}`)
  })
}
