/**
 * The hosted deck's presenter view says where the speaker notes are (components/
 * HostedPresenterNotes.vue) instead of Slidev's bare "No notes.": the public build ships no notes.
 * Slidev has no option for that text (its NoteStatic passes no placeholder), so its presenter
 * page's import of NoteStatic is pointed at the deck's component, in the build only; presenting
 * with `npm run dev` keeps Slidev's notes. tests/unit/hosted-notes.test.ts checks the import is
 * still there after a Slidev upgrade.
 */
import type { Plugin } from 'vite'
import { resolve } from 'node:path'

/**
 * How Slidev's presenter page (@slidev/client/pages/presenter.vue) imports its notes panel; the
 * importer is the page's script block, `presenter.vue?vue&type=script&setup=true&lang.ts`.
 */
export const presenterPage = /[\\/]@slidev[\\/]client[\\/]pages[\\/]presenter\.vue(?:\?.*)?$/
export const notesImport = '../internals/NoteStatic.vue'

export const hostedNotesComponent = resolve(import.meta.dirname, '../components/HostedPresenterNotes.vue')

export function hostedPresenterNotes(): Plugin {
  return {
    name: 'deck-hosted-presenter-notes',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === notesImport && importer !== undefined && presenterPage.test(importer) ? hostedNotesComponent : undefined
    },
  }
}
