/**
 * The attendees' PDF (`npm run export`), read back with poppler: one page per slide, each page's
 * text holds its slide's title, every font is embedded, and a failed export leaves no file behind.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDeckOutline, projectRoot } from '../../scripts/deck-outline'
import { expect, test } from './fixtures'

const { slides, exportFilename } = await loadDeckOutline()
const pdf = join(projectRoot, 'exports', `${exportFilename}.pdf`)
const poppler = (tool: string, args: string[] = [], after: string[] = []) => execFileSync(tool, [...args, pdf, ...after], { encoding: 'utf8' })
const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/[’‘]/g, '\'').trim()

test('the PDF has one page per slide', () => {
  expect(existsSync(pdf), `${pdf} (run npm run export)`).toBe(true)
  expect(poppler('pdfinfo')).toMatch(new RegExp(`^Pages:\\s+${slides.length}$`, 'm'))
})

test('each PDF page carries its slide\'s title as selectable text', () => {
  for (const slide of slides) {
    const text = normalise(poppler('pdftotext', ['-f', String(slide.no), '-l', String(slide.no)], ['-']))
    expect(text, `page ${slide.no}`).toContain(normalise(slide.title))
  }
})

test('every font in the PDF is embedded, and the deck\'s font is Inter', () => {
  const rows = poppler('pdffonts').trim().split('\n').slice(2)
  expect(rows.length).toBeGreaterThan(0)
  for (const row of rows)
    expect(row.split(/\s+/).at(-5), row).toBe('yes')
  expect(rows.some(row => row.includes('Inter'))).toBe(true)
})

function exportTo(output: string, env: Record<string, string> = {}, extra: string[] = []) {
  return spawnSync('npx', ['tsx', 'scripts/export.ts', '--output', output, ...extra], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  })
}

test.describe('a failed export', () => {
  test.setTimeout(180_000)

  test('with no Chromium exits non-zero, says how to get one, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-export-'))
    const result = exportTo(join(dir, 'deck.pdf'), { CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('Export failed: CHROMIUM_PATH is set to "/nonexistent/chromium"')
    expect(readdirSync(dir)).toEqual([])
  })

  test('to a folder that cannot be written exits non-zero with a clear message', () => {
    // A folder under a regular file cannot be created, even by root.
    const file = join(mkdtempSync(join(tmpdir(), 'deck-export-')), 'a-file')
    writeFileSync(file, '')
    const result = exportTo(join(file, 'deck.pdf'))
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(`Export failed: Cannot write to "${file}"`)
  })

  test('that fails inside Slidev\'s exporter leaves no file under the final name and no partial file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-export-'))
    // A browser that exits at once: Slidev's exporter starts its server, then fails to launch it.
    const result = exportTo(join(dir, 'deck.pdf'), {}, ['--executable-path', '/bin/false'])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('Export failed: slidev export exited with code 1')
    expect(readdirSync(dir)).toEqual([])
  })
})
