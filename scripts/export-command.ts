/**
 * What every export command (`npm run export`, `export:handout`, `export:pptx`) shares: how it
 * reads its options and how it reports failure (one clear line for an expected failure, a stack
 * trace for a bug, and a non-zero exit either way).
 */
import type { Edition } from '../i18n/editions'
import process from 'node:process'
import { editionList } from '../i18n/editions'
import { isLocale, locales } from '../i18n/locales'
import { splitOption } from './cli-option'

/** An expected failure whose message says what is wrong and what to do; printed without a stack. */
export class ExportError extends Error {
  override name = 'ExportError'
}

export interface ExportArgs {
  /** `--output <file>` (or `-o`, `--output=<file>`), when given. */
  output: string | undefined
  /** The editions to export: the one `--lang <locale>` names, else every one. */
  editions: readonly Edition[]
  /** Everything else, passed on to `slidev export` by the commands that run it. */
  passThrough: string[]
}

export function parseExportArgs(argv: readonly string[]): ExportArgs {
  const passThrough: string[] = []
  let output: string | undefined
  let lang: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [name, inline] = splitOption(arg)
    if (name === '--output' || name === '-o')
      output = inline ?? argv[++i]
    else if (name === '--lang')
      lang = inline ?? argv[++i] ?? ''
    else
      passThrough.push(arg)
  }
  if (lang !== undefined && !isLocale(lang))
    throw new ExportError(`--lang must be one of ${locales.join(', ')}, got "${lang}"`)
  const editions = lang === undefined ? editionList : editionList.filter(edition => edition.locale === lang)
  if (output !== undefined && editions.length !== 1)
    throw new ExportError(`--output names one file, but there are ${editions.length} editions: choose one with --lang (${locales.join(' or ')})`)
  return { output, editions, passThrough }
}

/** Fails with a clear message when `output` (if given) does not end with `extension`. */
export function checkOutputExtension(output: string | undefined, extension: string): void {
  if (output !== undefined && !output.endsWith(extension))
    throw new ExportError(`--output must name a ${extension} file, got "${output}"`)
}

/** For commands whose only options are --output and --lang: those, checked, or a clear error. */
export function parseOutputOnly(argv: readonly string[], extension: string, command: string): Omit<ExportArgs, 'passThrough'> {
  const { output, editions, passThrough } = parseExportArgs(argv)
  if (passThrough.length > 0)
    throw new ExportError(`Unknown option "${passThrough[0]}": ${command} takes only --output <file${extension}> and --lang <${locales.join('|')}>`)
  checkOutputExtension(output, extension)
  return { output, editions }
}

/** Runs an export command's main function: exit 1 with `Export failed: <reason>` if it throws. */
export function runExportCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const expected = error instanceof ExportError || (error instanceof Error && error.name === 'ChromiumNotFoundError')
    console.error(`\nExport failed: ${expected ? (error as Error).message : error instanceof Error ? error.stack : String(error)}`)
    process.exit(1)
  })
}
