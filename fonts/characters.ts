/**
 * The characters the deck's font keeps when subset (fonts/vite-plugin.ts): every character of the
 * files that put text on a slide, a chart, the PDF or the handout, in both editions; and a safety
 * set, in a second file that browsers fetch only for a page that uses one of its characters.
 *
 * Why the source files and not the built bundle: one set of font files serves both editions, the
 * dev server and the PDF exports (printed from Slidev's dev server, which has no bundle), so the
 * set must be known before anything is built. The files are read whole, comments included: a
 * character too many costs a few bytes, one too few shows in a fallback font. Text made at run
 * time (Intl's numbers and dates put no-break spaces in French) is what the safety set is for;
 * tests/e2e/fonts.spec.ts checks every slide as Chromium draws it, and the PDFs.
 */
import { glob, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The deck's files that hold its words, relative to the project: slides, data, messages, components, charts, exports. */
export const textSources = [
  'slides*.md',
  '*.vue',
  '{components,layouts,charts,composables,data,i18n,reading,setup,styles,utils}/**/*.{ts,vue,css}',
  'scripts/{handout,deck-pdf,deck-outline,print-view}.ts',
] as const

const range = (from: number, to: number): string => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i))

/**
 * Kept whatever the sources say: printable ASCII and Latin-1 (U+00A0 no-break space included), and
 * French typography: œ Œ Ÿ, the narrow no-break space (U+202F) and thin space (U+2009) that French
 * sets before « » ; : ! ? and that Intl puts in numbers, the non-breaking hyphen, quotes, dashes,
 * the ellipsis, bullets, the euro and the minus sign.
 */
export const safetyCharacters = [
  range(0x20, 0x7E),
  range(0xA0, 0xFF),
  'œŒŸ\u202F\u2009\u2011‘’‚“”„‹›–—…•·€−×',
].join('')

/**
 * Characters the build makes out of the sources' own: the markdown typographer's quotes, dashes and
 * ellipsis (' becomes ’), and the no-break spaces of Intl's French numbers and of French
 * punctuation. Kept with the deck's characters, as every slide may show them.
 */
export const typographerCharacters = '‘’“”–—…\u00A0\u202F'

/** Every distinct character of `texts`, sorted by code point. */
export function distinctCharacters(...texts: string[]): string {
  const set = new Set<number>()
  for (const text of texts) {
    for (const char of text)
      set.add(char.codePointAt(0)!)
  }
  return String.fromCodePoint(...[...set].sort((a, b) => a - b))
}

/** The characters of the deck's text sources under `root` and what the build makes of them, sorted, control characters left out. */
export async function deckCharacters(root: string): Promise<string> {
  const files: string[] = []
  for await (const file of glob([...textSources], { cwd: root, exclude: ['node_modules/**'] }))
    files.push(file)
  if (!files.some(file => file.startsWith('slides')))
    throw new Error(`fonts/characters.ts: no slides*.md in ${root}, nothing to take the deck's characters from`)
  const texts = await Promise.all(files.sort().map(file => readFile(join(root, file), 'utf8')))
  // Control characters (newlines, tabs) are never drawn
  return distinctCharacters(typographerCharacters, ...texts).replace(/\p{Cc}/gu, '')
}
