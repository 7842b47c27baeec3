/**
 * The public web deck (`npm run build`, in dist/) carries none of the speaker notes: not one
 * sentence of them is in any file the host serves; nor is the data layer's validator (zod), nor
 * the popovers of code tooltips (trimmed).
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadDeckOutline, projectRoot } from '../../scripts/deck-outline'
import { noteSentences } from '../support/notes'
import { expect, test } from './fixtures'

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter(entry => entry.isFile()).map(entry => join(entry.parentPath, entry.name))
}

/** The longest run of letters, spaces and commas: survives HTML or JS escaping of quotes. */
function plainFragment(sentence: string): string {
  return (sentence.match(/[A-Z ,]+/gi) ?? []).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '')
}

test('no speaker-note sentence appears in the built deck', async () => {
  const { slides } = await loadDeckOutline()
  const files = await filesUnder(join(projectRoot, 'dist'))
  const texts = await Promise.all(files.filter(f => /\.(?:html|js|css|json|txt|map)$/.test(f)).map(f => readFile(f, 'utf8')))
  expect(texts.length).toBeGreaterThan(0)
  const everything = texts.join('\n')
  // The control: a visible slide title is in the build, so the search itself works.
  expect(everything).toContain('Why CNES partners abroad')
  for (const slide of slides) {
    for (const fragment of noteSentences(slide.note).map(plainFragment).filter(f => f.length >= 24))
      expect(everything, `slide ${slide.no} note leaked`).not.toContain(fragment)
  }
})

test('the built deck ships neither the data\'s validator (zod) nor the popovers of code tooltips', async () => {
  const files = await filesUnder(join(projectRoot, 'dist'))
  const scripts = await Promise.all(files.filter(f => f.endsWith('.js')).map(async f => ({ file: f, text: await readFile(f, 'utf8') })))
  // The control: the validated data is in the build.
  expect(scripts.some(({ text }) => text.includes('CNES International Affairs Seminar'))).toBe(true)
  // zod validates in Node only (data/vite-plugin.ts); floating-vue, behind code tooltips, is
  // trimmed (trim/vite-plugin.ts). Both were in the build before, with these very markers.
  for (const { file, text } of scripts) {
    expect(text, `zod in ${file}`).not.toMatch(/\$ZodType|ZodError/)
    expect(text, `floating-vue in ${file}`).not.toContain('v-popper')
  }
})
