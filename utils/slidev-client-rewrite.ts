/**
 * A Vite plugin that rewrites one source file of Slidev's client (`@slidev/client/<file>`) in the
 * public build only, before Vue's plugin compiles it; the dev server (presenting, the PDF export)
 * keeps Slidev's file. `rewrite` throws when the text it replaces is no longer there, so that a
 * Slidev upgrade fails the build saying what to check. Used by landmark/ and idle-mount/.
 */
import type { Plugin } from 'vite'
import { escapeRegExp } from './escape-regexp.ts'

export function rewriteSlidevClientFile(name: string, file: string, rewrite: (source: string) => string): Plugin {
  const path = new RegExp(`/@slidev/client/${escapeRegExp(file)}$`)
  return {
    name,
    apply: 'build',
    enforce: 'pre',
    transform(source, id) {
      return path.test(id) ? rewrite(source) : undefined
    },
  }
}
