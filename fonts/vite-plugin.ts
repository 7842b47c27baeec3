/**
 * The deck's font, Inter (@fontsource-variable/inter: one variable file for every weight), cut to
 * what the deck uses: `virtual:deck-fonts.css` (imported by styles/index.ts) declares it in two
 * .woff2 files made here with subset-font (HarfBuzz's subsetter compiled to WebAssembly: offline,
 * no native build), split by `unicode-range` as Google Fonts splits its fonts:
 *
 * - the deck's characters (fonts/characters.ts), which every slide fetches;
 * - the rest of the safety set (Latin-1, French typography), fetched only by a page that shows one.
 *
 * Each keeps only the OpenType features a browser applies by default (the deck turns on no
 * others), so text is drawn as with the whole font. The public build gets one variable file per
 * part, its weight axis cut to the weights the deck sets (400 to 700). The dev server, which the
 * PDF exports print from, gets a static file per part and weight (400, 600, 700), the same
 * characters: Chromium embeds a variable font in a PDF as Type 3 glyphs with no name, a static
 * one as a named TrueType subset.
 *
 * They are written to node_modules/.cache/deck-fonts/<hash of the inputs>/ and Vite treats
 * them as any stylesheet and font (hashed names in the build): a folder per set of inputs, written
 * under a temporary name and renamed, so that two servers starting at once never read a
 * half-written font. The dev server reads the characters when it starts: restart it after writing
 * a character outside the safety set.
 */
import type { Plugin } from 'vite'
import { createHash } from 'node:crypto'
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import subsetFont from 'subset-font'
import { deckCharacters, safetyCharacters } from './characters.ts'

export const deckFontsModule = 'virtual:deck-fonts.css'

/** The public build's file of the deck's characters, which every slide uses, as Vite names it (hashed). */
export const builtDeckFont = /(?:^|\/)inter-deck-[\w-]+\.woff2$/

/** The weights the deck's styles set (styles/deck.css, components). */
export const deckFontWeights = [400, 600, 700] as const
const weightRange = { min: Math.min(...deckFontWeights), max: Math.max(...deckFontWeights) }

/** `variable`: one file per part for every weight (the public build); `static`: one per part and weight (the dev server, the exports). */
export type FontFiles = 'variable' | 'static'

/** The features HarfBuzz, so Chromium, applies to Latin text by default; Inter's others (ss01, tnum, case…) go. */
const defaultFeatures = ['ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'rvrn', 'calt', 'clig', 'curs', 'dist', 'kern', 'liga', 'rclt']

const require = createRequire(import.meta.url)
const fontsource = dirname(require.resolve('@fontsource-variable/inter/package.json'))
const subsetFontVersion = (require('subset-font/package.json') as { version: string }).version
/** Inter's Latin file: Latin, Latin-1 and general punctuation, the base of both subsets. */
const sourceFont = join(fontsource, 'files', 'inter-latin-wght-normal.woff2')

/** CSS `unicode-range` of some characters: `U+20-7E,U+A0,…`, runs of consecutive code points merged. */
export function unicodeRange(characters: string): string {
  const points = [...new Set([...characters].map(char => char.codePointAt(0)!))].sort((a, b) => a - b)
  const runs: [number, number][] = []
  for (const point of points) {
    const last = runs.at(-1)
    if (last && point === last[1] + 1)
      last[1] = point
    else
      runs.push([point, point])
  }
  const hex = (point: number): string => point.toString(16).toUpperCase()
  return runs.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',')
}

interface FontPart {
  name: string
  characters: string
}

/** One font file: a part, at every weight (`wght` a range) or at one. */
interface FontFile {
  file: string
  characters: string
  wght: number | { min: number, max: number }
}

function fontFiles(parts: readonly FontPart[], kind: FontFiles): FontFile[] {
  return parts.flatMap(({ name, characters }): FontFile[] => kind === 'variable'
    ? [{ file: `inter-${name}.woff2`, characters, wght: weightRange }]
    : deckFontWeights.map(weight => ({ file: `inter-${name}-${weight}.woff2`, characters, wght: weight })))
}

function fontFaces(files: readonly FontFile[]): string {
  return files.map(({ file, characters, wght }) => `@font-face {
  font-family: 'Inter';
  font-style: normal;
  font-display: swap;
  font-weight: ${typeof wght === 'number' ? wght : `${wght.min} ${wght.max}`};
  src: url(./${file}) format('woff2');
  unicode-range: ${unicodeRange(characters)};
}
`).join('\n')
}

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false)

/** The deck's characters, and the rest of the safety set: each part a file of its own. */
export async function fontParts(root: string): Promise<FontPart[]> {
  const deck = await deckCharacters(root)
  const rest = [...safetyCharacters].filter(char => !deck.includes(char)).join('')
  return [{ name: 'deck', characters: deck }, { name: 'more', characters: rest }]
}

/** Writes the subset fonts and their stylesheet (once per set of inputs); returns the stylesheet's path. */
export async function writeSubsetFonts(root: string, kind: FontFiles): Promise<string> {
  const files = fontFiles(await fontParts(root), kind)
  const source = await readFile(sourceFont)
  const stylesheetText = fontFaces(files)
  const hash = createHash('sha256').update(`subset-font ${subsetFontVersion}\n${defaultFeatures.join(',')}\n${stylesheetText}`).update(source)
  const folder = join(root, 'node_modules/.cache/deck-fonts', hash.digest('hex').slice(0, 16))
  const stylesheet = join(folder, 'fonts.css')
  if (await exists(stylesheet))
    return stylesheet

  const scratch = `${folder}.${process.pid}.tmp`
  await mkdir(scratch, { recursive: true })
  try {
    await Promise.all(files.map(async ({ file, characters, wght }) => {
      const subset = await subsetFont(source, characters, { targetFormat: 'woff2', keepFeatures: defaultFeatures, variationAxes: { wght } })
      await writeFile(join(scratch, file), subset)
    }))
    await writeFile(join(scratch, 'fonts.css'), stylesheetText)
    await rename(scratch, folder).catch(async (error: unknown) => {
      // Another server wrote the same folder first: the same inputs, so the same bytes.
      if (!await exists(stylesheet))
        throw error
    })
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
  return stylesheet
}

/** Serves `virtual:deck-fonts.css` as the stylesheet of the subset fonts, in every Vite mode. */
export function subsetDeckFonts(root: string): Plugin {
  let kind: FontFiles = 'static'
  let stylesheet: Promise<string> | undefined
  return {
    name: 'deck-fonts',
    enforce: 'pre',
    configResolved(config) {
      kind = config.command === 'build' ? 'variable' : 'static'
    },
    resolveId(source) {
      if (source !== deckFontsModule)
        return null
      stylesheet ??= writeSubsetFonts(root, kind)
      return stylesheet
    },
  }
}
