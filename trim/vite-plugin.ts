/**
 * A Vite plugin that leaves out of the web deck the parts of Slidev's client this deck never uses,
 * which Slidev loads on every first visit whatever the headmatter says (its entry imports them).
 * Each module is swapped for a small stand-in in trim/stubs/; a stand-in whose feature a slide
 * uses after all throws an error saying so. The public build only (`apply: 'build'`): presenting
 * and the PDF export run Slidev's dev server, untouched.
 *
 * Measured with `npm run bench` (gzip, first visit): the template compiler about 33 KB, the
 * popovers about 14 KB, YAML about 10 KB, v-motion about 11 KB, v-mark about 10 KB, drawing 6 KB.
 */
import type { Alias, Plugin } from 'vite'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'

const stubs = resolve(import.meta.dirname, 'stubs')
const require = createRequire(import.meta.url)
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`))

export const trimmedModules: readonly (Alias & { why: string })[] = [
  {
    why: 'Slidev ships Vue with its template compiler; every template here is compiled at build time.',
    find: /^vue$/,
    replacement: resolve(packageDir('vue'), 'dist/vue.runtime.esm-bundler.js'),
  },
  {
    why: 'Slidev\'s client needs one function of its parser (a range like "1-3,5"), which the parser\'s core bundles with a YAML parser.',
    find: /^@slidev\/parser\/core$/,
    replacement: resolve(packageDir('@slidev/parser'), 'dist/utils.mjs'),
  },
  { why: 'No code blocks: no twoslash type tooltips.', find: /^@shikijs\/vitepress-twoslash\/client$/, replacement: resolve(stubs, 'twoslash-client.ts') },
  { why: 'No code blocks: no magic-move or twoslash styles.', find: /^@shikijs\/(?:magic-move|vitepress-twoslash)\/style\.css$/, replacement: resolve(stubs, 'empty.css') },
  { why: 'Popovers serve code tooltips and drawing menus.', find: /^floating-vue$/, replacement: resolve(stubs, 'floating-vue.ts') },
  { why: 'Drawings are off (drawings: enabled: false).', find: /^drauu$/, replacement: resolve(stubs, 'drauu.ts') },
  { why: 'No slide uses v-motion.', find: /^@vueuse\/motion$/, replacement: resolve(stubs, 'vueuse-motion.ts') },
  { why: 'No slide uses v-mark.', find: /^@slidev\/rough-notation$/, replacement: resolve(stubs, 'rough-notation.ts') },
]

export function trimSlidev(): Plugin {
  return {
    name: 'trim-slidev',
    apply: 'build',
    config: () => ({ resolve: { alias: trimmedModules.map(({ find, replacement }) => ({ find, replacement })) } }),
  }
}
