/**
 * A Vite plugin that leaves out of the web deck the parts of Slidev's client this deck never uses,
 * which Slidev loads on every first visit whatever the headmatter says (its entry imports them).
 * Each module is swapped for a lighter one: a public entry point of the same package where one
 * exists, else a small stand-in in trim/stubs/; a stand-in whose feature a slide uses after all
 * throws an error saying so. The public build only (`apply: 'build'`): presenting and the PDF
 * export run Slidev's dev server, untouched.
 *
 * The switch: `DECK_TRIM=off npm run build` builds the web deck with Slidev whole (nothing below
 * swapped), to compare, or to rule the trimming out when something breaks. Unset or `on`: trimmed.
 * It is read here only, by trimSwitchOn().
 *
 * After a Slidev upgrade, `npm run test:unit` (tests/unit/trim.test.ts) says which module moved and
 * what to do; tests/e2e/trim.spec.ts walks both builds in Chromium. Then set slidevCheckedAgainst.
 *
 * Measured with `npm run bench` (gzip, first visit): the template compiler about 33 KB, the
 * popovers about 14 KB, YAML about 10 KB, v-motion about 11 KB, v-mark about 10 KB, drawing 6 KB.
 */
import type { Alias, Plugin } from 'vite'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import process from 'node:process'
import { escapeRegExp } from '../utils/escape-regexp.ts'

/**
 * The `@slidev/client` version every entry below (and every stand-in in trim/stubs/) was checked
 * against: what it imports from each module, and that the deck walks without an error.
 */
export const slidevCheckedAgainst = '53.0.0'

/** The environment variable that turns the trimming off. */
export const trimSwitch = 'DECK_TRIM'

/** Whether to trim: `DECK_TRIM` unset or `on` trims, `off` builds Slidev whole; anything else is a mistake. */
export function trimSwitchOn(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env[trimSwitch]
  if (value === undefined || value === '' || value === 'on')
    return true
  if (value === 'off')
    return false
  throw new Error(`${trimSwitch} must be "on" or "off" (unset means on), not "${value}" (trim/vite-plugin.ts)`)
}

const stubs = resolve(import.meta.dirname, 'stubs')
const fromProject = createRequire(import.meta.url)
/** Resolves as Slidev's client does, from its own folder, through each package's public `exports`. */
const fromClient = createRequire(fromProject.resolve('@slidev/client/package.json'))

/** A package's public entry point, or an error saying which one went and what to do. */
function publicEntry(from: NodeJS.Require, specifier: string, replacing: string): string {
  try {
    return from.resolve(specifier)
  }
  catch {
    throw new Error(`trim/vite-plugin.ts: ${specifier} is no longer a public entry point (checked against @slidev/client ${slidevCheckedAgainst}): point the ${replacing} entry at its new home, or remove that entry`)
  }
}

export interface TrimmedModule {
  /** The module, as Slidev's client imports it. */
  module: string
  /** What it is swapped for. */
  replacement: string
  /** Why the deck can do without it; and, where the replacement is not a public entry point, why. */
  why: string
}

const noPublicWay = 'Slidev has no setting that leaves it out: a stand-in.'

export const trimmedModules: readonly TrimmedModule[] = [
  {
    module: 'vue',
    why: 'Slidev aliases `vue` to Vue\'s full build, template compiler included; every template here is compiled at build time. Vue\'s runtime-only build is public (its exports list "./dist/*").',
    replacement: publicEntry(fromProject, 'vue/dist/vue.runtime.esm-bundler.js', 'vue'),
  },
  {
    module: '@slidev/parser/core',
    why: 'Slidev\'s client takes one function (parseRangeString, for ranges like "1-3,5") from the parser\'s core, which bundles a YAML parser; the parser\'s public `@slidev/parser/utils` has it alone (other client files import it from there).',
    replacement: publicEntry(fromClient, '@slidev/parser/utils', '@slidev/parser/core'),
  },
  { module: '@shikijs/vitepress-twoslash/client', why: `No code blocks: no twoslash type tooltips. ${noPublicWay}`, replacement: resolve(stubs, 'twoslash-client.ts') },
  { module: '@shikijs/vitepress-twoslash/style.css', why: `No code blocks: no twoslash styles. ${noPublicWay}`, replacement: resolve(stubs, 'empty.css') },
  { module: '@shikijs/magic-move/style.css', why: `No code blocks: no magic-move styles. ${noPublicWay}`, replacement: resolve(stubs, 'empty.css') },
  { module: 'floating-vue', why: `Popovers serve code tooltips and drawing menus. ${noPublicWay}`, replacement: resolve(stubs, 'floating-vue.ts') },
  { module: 'drauu', why: `Drawings are off (drawings: enabled: false), yet Slidev loads drauu. ${noPublicWay}`, replacement: resolve(stubs, 'drauu.ts') },
  { module: '@vueuse/motion', why: `No slide uses v-motion. ${noPublicWay}`, replacement: resolve(stubs, 'vueuse-motion.ts') },
  { module: '@slidev/rough-notation', why: `No slide uses v-mark. ${noPublicWay}`, replacement: resolve(stubs, 'rough-notation.ts') },
]

/**
 * The aliases: each module exactly (a string would also catch its subpaths, `vue/dist/…` for one,
 * as Vite matches `find` strings as path prefixes).
 */
export const trimAliases: readonly Alias[] = trimmedModules.map(({ module, replacement }) => ({ find: new RegExp(`^${escapeRegExp(module)}$`), replacement }))

/** `on`: trimmedModules swapped in the public build; `off` (DECK_TRIM=off by default): Slidev whole. */
export function trimSlidev(on: boolean = trimSwitchOn()): Plugin {
  return {
    name: 'trim-slidev',
    apply: 'build',
    config: () => on ? { resolve: { alias: [...trimAliases] } } : undefined,
  }
}
