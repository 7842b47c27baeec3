/** The digest that tells the handout whether the exported PDF still shows the current slides. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckSourceDigest } from '../../scripts/deck-pdf'

function deckFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-sources-'))
  for (const dir of ['components', 'data', 'i18n', 'tests', 'bench', 'exports', 'node_modules', '.slidev'])
    mkdirSync(join(root, dir))
  writeFileSync(join(root, 'slides.md'), '# A slide\n')
  writeFileSync(join(root, 'slides.fr.md'), '# Une diapositive\n')
  writeFileSync(join(root, 'i18n', 'messages.fr.ts'), 'export const close = "Fermer"\n')
  writeFileSync(join(root, 'components', 'Chart.vue'), '<template><svg /></template>\n')
  writeFileSync(join(root, 'data', 'event.ts'), 'export const event = {}\n')
  return root
}

describe('deckSourceDigest', () => {
  it('is the same for the same sources', async () => {
    const root = deckFolder()
    expect(await deckSourceDigest([], root)).toBe(await deckSourceDigest([], root))
  })

  it.each([
    ['slides.md', '# Another title\n'],
    ['slides.fr.md', '# Un autre titre\n'],
    ['i18n/messages.fr.ts', 'export const close = "Fermer le détail"\n'],
    ['components/Chart.vue', '<template><svg role="img" /></template>\n'],
    ['data/event.ts', 'export const event = { date: "2019-05-13" }\n'],
    ['data/new-file.ts', 'export {}\n'],
  ])('changes when %s changes', async (path, content) => {
    const root = deckFolder()
    const before = await deckSourceDigest([], root)
    writeFileSync(join(root, path), content)
    expect(await deckSourceDigest([], root)).not.toBe(before)
  })

  it.each(['README.md', 'tests/x.spec.ts', 'bench/run.ts', 'exports/deck.pdf', 'node_modules/x.js', '.slidev/cache'])('ignores %s, which does not change how a slide renders', async (path) => {
    const root = deckFolder()
    const before = await deckSourceDigest([], root)
    writeFileSync(join(root, path), 'anything')
    expect(await deckSourceDigest([], root)).toBe(before)
  })

  it('changes with the export options', async () => {
    const root = deckFolder()
    expect(await deckSourceDigest(['--dark'], root)).not.toBe(await deckSourceDigest([], root))
  })

  it('differs between the editions, which the exports digest with their entry first', async () => {
    const root = deckFolder()
    expect(await deckSourceDigest(['slides.fr.md'], root)).not.toBe(await deckSourceDigest(['slides.md'], root))
  })
})
