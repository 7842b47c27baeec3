/** setup/hosted-notes.ts still finds what it swaps in the installed Slidev, and swaps only that. */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hostedNotesComponent, hostedPresenterNotes, notesImport, presenterPage } from '../../setup/hosted-notes'

const clientRoot = join(createRequire(import.meta.url).resolve('@slidev/client/package.json'), '..')
const presenterVue = join(clientRoot, 'pages/presenter.vue')

type ResolveId = (source: string, importer: string | undefined) => string | undefined

describe('hostedPresenterNotes', () => {
  const resolveId = hostedPresenterNotes().resolveId as unknown as ResolveId

  it('finds Slidev\'s presenter page importing its notes panel, as it was written against', async () => {
    expect(presenterPage.test(presenterVue)).toBe(true)
    expect(await readFile(presenterVue, 'utf8'), `${presenterVue} no longer imports ${notesImport}: update setup/hosted-notes.ts`).toContain(`from '${notesImport}'`)
  })

  it('points that one import at the deck\'s component, and leaves every other import alone', () => {
    expect(resolveId(notesImport, presenterVue)).toBe(hostedNotesComponent)
    // As @vitejs/plugin-vue names the page's <script setup> block.
    expect(resolveId(notesImport, `${presenterVue}?vue&type=script&setup=true&lang.ts`)).toBe(hostedNotesComponent)
    expect(resolveId(notesImport, join(clientRoot, 'pages/notes.vue'))).toBeUndefined()
    expect(resolveId('../internals/NoteEditable.vue', presenterVue)).toBeUndefined()
    expect(resolveId(notesImport, undefined)).toBeUndefined()
  })
})
