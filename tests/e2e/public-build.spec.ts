/**
 * The public web deck (`npm run build`, in dist/, the French edition in dist/fr/) carries none of
 * the speaker notes of either edition: not one sentence of them is in any file the host serves;
 * nor is the data layer's validator (zod), nor the popovers of code tooltips (trimmed). Its
 * presenter view says, in the deck's language, where the notes are instead.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { wordsIn } from '../../i18n/messages'
import { projectRoot } from '../../scripts/files'
import { deckPath, loadTestedEditions, slideSources } from '../support/editions'
import { noteSentences } from '../support/notes'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter(entry => entry.isFile()).map(entry => join(entry.parentPath, entry.name))
}

/** The texts of every file a host serves from `dir` (its editions' folders included) that could hold words. */
async function textsUnder(dir: string): Promise<string> {
  const files = (await filesUnder(dir)).filter(f => /\.(?:html|js|css|json|txt|map|webmanifest)$/.test(f))
  expect(files.length).toBeGreaterThan(0)
  return (await Promise.all(files.map(f => readFile(f, 'utf8')))).join('\n')
}

/** The longest run of letters (accented ones too), spaces and commas: survives HTML or JS escaping of quotes. */
function plainFragment(sentence: string): string {
  return (sentence.match(/[\p{L} ,]+/gu) ?? []).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '')
}

const dist = join(projectRoot, 'dist')

for (const { edition, slides, data, outline } of testedEditions) {
  test.describe(edition.locale, () => {
    test(`no speaker-note sentence appears in the built deck (dist/${edition.path})`, async () => {
      const own = await textsUnder(join(dist, edition.path))
      // The control: a visible slide title is in the edition's build, so the search itself works.
      expect(own).toContain(plainFragment(slides[2]!.title))
      // Anywhere on the host, the other edition's folder included.
      const everything = await textsUnder(dist)
      // A note may repeat words the slides show (a title, say): those are in the build anyway.
      const shown = (await slideSources(edition.entry)).map(slide => slide.content).join('\n')
      const fragments = slides.flatMap(slide => noteSentences(slide.note).map(plainFragment).filter(fragment => fragment.length >= 24 && !shown.includes(fragment)).map(fragment => ({ slide: slide.no, fragment })))
      // The search has something to find: sentences of every slide's notes.
      expect(new Set(fragments.map(({ slide }) => slide)).size).toBe(slides.length)
      const leaked = fragments.filter(({ fragment }) => everything.includes(fragment)).map(({ slide, fragment }) => `slide ${slide}: "${fragment}"`)
      expect(leaked, 'note sentences in the build').toEqual([])
    })

    test(`the built deck (dist/${edition.path}) ships neither the data's validator (zod) nor the popovers of code tooltips`, async () => {
      const files = await filesUnder(join(dist, edition.path))
      const scripts = await Promise.all(files.filter(f => f.endsWith('.js')).map(async f => ({ file: f, text: await readFile(f, 'utf8') })))
      // The control: the validated data, in the edition's language, is in the build.
      expect(scripts.some(({ text }) => text.includes(data.event.name))).toBe(true)
      // zod validates in Node only (data/vite-plugin.ts); floating-vue, behind code tooltips, is
      // trimmed (trim/vite-plugin.ts). Both were in the build before, with these very markers.
      for (const { file, text } of scripts) {
        expect(text, `zod in ${file}`).not.toMatch(/\$ZodType|ZodError/)
        expect(text, `floating-vue in ${file}`).not.toContain('v-popper')
      }
    })

    test(`the hosted presenter view (/${edition.path}presenter) says where the speaker notes are, in the deck's language`, async ({ page }) => {
      const { ui } = wordsIn(edition.locale)
      for (const no of [1, slides.length]) {
        await page.goto(deckPath(edition, `presenter/${no}`))
        const notes = page.locator('.slidev-presenter .grid-section.note')
        await expect(notes.getByText(ui.hostedNotes.heading)).toBeVisible()
        await expect(notes.getByText(ui.hostedNotes.where)).toBeVisible()
        await expect(notes, 'Slidev\'s bare placeholder is gone').not.toContainText('No notes')
        await expect(page.locator('html')).toHaveAttribute('lang', outline.lang)
      }
    })
  })
}
