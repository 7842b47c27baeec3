/**
 * The deck's command line, behind the npm scripts: `tsx scripts/deck.ts <command> [options]`.
 *
 *   dev [entry] [--port|-p <port>] [--bind <address>] [--remote [password]] [Slidev options]
 *   build [--base <path>] [--out|-o <folder>] [--site-origin <https://host>] [Slidev build options, e.g. --router-mode hash]
 *   export pdf [--lang en|fr] [--output|-o <file.pdf>]
 *   export handout [--lang en|fr] [--output|-o <file.pdf>]
 *   export pptx [--lang en|fr] [--output|-o <file.pptx>]
 *   check data
 *
 * Options are read with Node's util.parseArgs, so `--name value` and `--name=value` both work;
 * those dev and build do not read themselves are passed on to Slidev as written, in order. Every
 * command checks the deck's data first, in this process, and stops with the data error (exit 1)
 * before Slidev starts. An expected failure (a DeckError) is one line; a bug prints its stack.
 */
import type { DeckData, RawDeckData } from '../data/validate'
import type { Edition } from '../i18n/editions'
import type { DeckOutline } from './deck-outline'
import type { BuildPlan, DevOptions } from './slidev'
import { dirname, relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { deckDataModule } from '../data/data-module'
import { dataFileError } from '../data/load-error'
import { deckCounts } from '../data/lookups'
import { DataError, isDataFailure } from '../data/problems'
import { validateDeckData } from '../data/validate'
import { editionList } from '../i18n/editions'
import { isLocale, locales } from '../i18n/locales'
import { parseSiteOrigin, relativePreviewNotice, siteOriginVariable } from '../setup/link-preview'
import { loadDeckOutline } from './deck-outline'
import { DeckError, ensureWritableDirectory, exportPath, isMainModule, projectRoot } from './files'
import { notesNamingUnlistedCountries } from './notes-partners'
import { defaultDevPort, parsePort, planBuilds, runBuilds, runDevServer } from './slidev'

interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  /** Read here and passed on to Slidev too, which needs it as well. */
  forSlidevToo?: boolean
}

/**
 * Reads the options `specs` names out of `argv` with util.parseArgs, and leaves every other
 * argument (unknown options, positionals) as written and in order, for Slidev. A string option
 * given with no value reads as ''; a boolean one as 'true' (or its `=value`).
 */
export function readOptions<Name extends string>(argv: readonly string[], specs: Record<Name, OptionSpec>): { values: Partial<Record<Name, string>>, rest: string[] } {
  // parseArgs ignores forSlidevToo; strict: false lets it list the options it does not know
  const { tokens } = parseArgs({ args: [...argv], options: specs, strict: false, allowPositionals: true, tokens: true })
  const values: Partial<Record<Name, string>> = {}
  const read = new Set<number>()
  for (const token of tokens) {
    if (token.kind !== 'option' || !Object.hasOwn(specs, token.name))
      continue
    const name = token.name as Name
    values[name] = token.value ?? (specs[name].type === 'boolean' ? 'true' : '')
    if (!specs[name].forSlidevToo) {
      read.add(token.index)
      if (token.inlineValue === false)
        read.add(token.index + 1)
    }
  }
  return { values, rest: argv.filter((_, index) => !read.has(index)) }
}

/** `dev`: where Slidev will listen, and its arguments with the port made explicit. */
export function parseDevArgs(argv: readonly string[]): DevOptions {
  const { values, rest } = readOptions(argv, {
    port: { type: 'string', short: 'p' },
    bind: { type: 'string', forSlidevToo: true },
    remote: { type: 'boolean', forSlidevToo: true },
  })
  const port = values.port === undefined ? defaultDevPort : parsePort(values.port, '--port')
  // As Slidev does: it listens beyond localhost only with --remote, on --bind (default 0.0.0.0)
  const host = values.remote === undefined ? 'localhost' : values.bind || '0.0.0.0'
  return { port, host, slidevArgs: [...rest, '--port', String(port)] }
}

export interface BuildOptions {
  plans: BuildPlan[]
  /** `--base`, ending in a slash. */
  base: string
  /** `--site-origin`: the link previews' absolute URLs start with it (setup/link-preview.ts). */
  siteOrigin: string | undefined
}

/**
 * `build`: one `slidev build` per edition, under `--base` (default /) into `--out` (default dist),
 * then each edition's slide 1 in its HTML and its link preview picture (scripts/built-deck.ts).
 */
export function parseBuildArgs(argv: readonly string[]): BuildOptions {
  const { values, rest } = readOptions(argv, { 'base': { type: 'string' }, 'out': { type: 'string', short: 'o' }, 'site-origin': { type: 'string' } })
  if (values.out === '')
    throw new DeckError('--out must name a folder')
  const base = values.base ?? '/'
  let siteOrigin: string | undefined
  try {
    siteOrigin = values['site-origin'] === undefined ? undefined : parseSiteOrigin(values['site-origin'])
  }
  catch (error) {
    throw new DeckError((error as Error).message)
  }
  return {
    plans: planBuilds({ base, out: values.out ?? 'dist', slidevArgs: rest }),
    base: base.endsWith('/') ? base : `${base}/`,
    siteOrigin,
  }
}

async function runBuildCommand({ plans, base, siteOrigin }: BuildOptions): Promise<void> {
  if (siteOrigin === undefined)
    console.warn(relativePreviewNotice)
  await runBuilds(plans, siteOrigin === undefined ? {} : { [siteOriginVariable]: siteOrigin })
  const { finishBuiltEditions } = await import('./built-deck')
  await finishBuiltEditions(plans, base)
}

type Exporter = (target: string, outline: DeckOutline) => Promise<void>

/** What `export <format>` writes, and the module that writes it. */
const exportFormats = {
  pdf: {
    extension: '.pdf',
    /** What the default file name adds to the headmatter's exportFilename. */
    suffix: '.pdf',
    written: 'pages',
    // Imported once the data check has passed: these modules read data/deck.ts as they load
    exporter: async (): Promise<Exporter> => (await import('./deck-pdf')).exportDeckPdf,
  },
  handout: {
    extension: '.pdf',
    suffix: '-handout.pdf',
    written: 'pages',
    exporter: async (): Promise<Exporter> => (await import('./handout')).exportHandout,
  },
  pptx: {
    extension: '.pptx',
    suffix: '.pptx',
    written: 'slides with speaker notes',
    exporter: async (): Promise<Exporter> => (await import('./pptx')).exportPptx,
  },
} as const

export type ExportFormat = keyof typeof exportFormats

function isExportFormat(value: string | undefined): value is ExportFormat {
  return value !== undefined && Object.hasOwn(exportFormats, value)
}

export interface ExportOptions {
  format: ExportFormat
  /** `--output <file>` (or `-o`), when given. */
  output: string | undefined
  /** The editions to export: the one `--lang <locale>` names, else every one. */
  editions: readonly Edition[]
}

/** `export <format>`: its editions and output, checked, or a DeckError saying what to change. */
export function parseExportArgs(format: ExportFormat, argv: readonly string[]): ExportOptions {
  const { values: { lang, output }, rest } = readOptions(argv, { lang: { type: 'string' }, output: { type: 'string', short: 'o' } })
  if (lang !== undefined && !isLocale(lang))
    throw new DeckError(`--lang must be one of ${locales.join(', ')}, got "${lang}"`)
  const editions = lang === undefined ? editionList : editionList.filter(edition => edition.locale === lang)
  if (output !== undefined && editions.length !== 1)
    throw new DeckError(`--output names one file, but there are ${editions.length} editions: choose one with --lang (${locales.join(' or ')})`)
  const { extension } = exportFormats[format]
  if (rest.length > 0)
    throw new DeckError(`Unknown option "${rest[0]}": export:${format} takes only --output <file${extension}> and --lang <${locales.join('|')}>`)
  if (output !== undefined && !output.endsWith(extension))
    throw new DeckError(`--output must name a ${extension} file, got "${output}"`)
  return { format, output, editions }
}

export type DeckCommand
  = | { name: 'dev', dev: DevOptions }
    | { name: 'build', build: BuildOptions }
    | { name: 'export', export: ExportOptions }
    | { name: 'check data' }

const usage = `Commands: dev, build, export ${Object.keys(exportFormats).join('|')}, check data (see scripts/deck.ts).`

/** The command `argv` asks for, its options read and checked. */
export function parseDeckCommand(argv: readonly string[]): DeckCommand {
  const [command, ...args] = argv
  switch (command) {
    case 'dev':
      return { name: 'dev', dev: parseDevArgs(args) }
    case 'build':
      return { name: 'build', build: parseBuildArgs(args) }
    case 'export': {
      const [format, ...options] = args
      if (!isExportFormat(format))
        throw new DeckError(`export needs what to export: ${Object.keys(exportFormats).join(', ')}, got "${format ?? ''}"`)
      return { name: 'export', export: parseExportArgs(format, options) }
    }
    case 'check':
      if (args.length === 1 && args[0] === 'data')
        return { name: 'check data' }
  }
  throw new DeckError(`Unknown command "${argv.join(' ')}". ${usage}`)
}

async function runExports({ format, output, editions }: ExportOptions): Promise<void> {
  const { suffix, written, exporter } = exportFormats[format]
  const exportTo = await exporter()
  for (const edition of editions) {
    const outline = await loadDeckOutline(edition)
    const target = exportPath(outline, output, suffix)
    await ensureWritableDirectory(dirname(target))
    console.log(`Exporting ${outline.slides.length} slides of ${outline.entry} to ${relative(process.cwd(), target)}`)
    await exportTo(target, outline)
    console.log(`Wrote ${relative(process.cwd(), target)} (${outline.slides.length} ${written})`)
  }
}

/*
 * The data check: the data validated the way the deck loads it, summarised in one line.
 */

export interface CheckResult {
  exitCode: 0 | 1
  output: string
}

export function summarize(deck: DeckData): string {
  const counts = deckCounts(deck)
  return `data OK: ${counts.partners} partners (${counts.partnersPerCategory.leading} leading, ${counts.partnersPerCategory['new-entrant']} new entrants), `
    + `${counts.projects} projects, ${counts.priorities} priorities`
}

/** The check on data given as an argument: its summary (exit 0), or the data error (exit 1). */
export function runCheck(raw: RawDeckData): CheckResult {
  try {
    return { exitCode: 0, output: summarize(validateDeckData(raw)) }
  }
  catch (error) {
    // Only a DataError is an expected failure; anything else is a bug and is rethrown
    if (error instanceof DataError)
      return { exitCode: 1, output: error.message }
    throw error
  }
}

/**
 * The deck's own data, as data/deck.ts loads and validates it: its summary, then a warning for each
 * slide whose speaker notes name a country that is not a partner (scripts/notes-partners.ts); or a
 * DataError (a record breaks a rule), or a DataFileError (a data file does not load: a syntax error, say).
 */
export async function checkDeckData(): Promise<string> {
  // Imported here, not at the top, so that an error thrown while data/deck.ts loads is caught
  const { deck } = await (import(deckDataModule) as Promise<{ deck: DeckData }>).catch((error: unknown) => {
    throw dataFileError(error, projectRoot) ?? error
  })
  return [summarize(deck), ...await notesNamingUnlistedCountries(deck)].join('\n')
}

/** How each command's failure begins, as its users (and the tests) know it. */
function failurePrefix(command: string | undefined): string {
  switch (command) {
    case 'dev':
      return 'The deck did not start. '
    case 'build':
      return 'Build failed: '
    case 'export':
      return '\nExport failed: '
    default:
      return ''
  }
}

/**
 * Runs the command `argv` asks for, the data checked first (`checkData`, which a test may
 * replace); resolves with the exit code. Failures are printed here, never thrown.
 */
export async function runDeckCommand(argv: readonly string[], checkData: () => Promise<string> = checkDeckData): Promise<number> {
  try {
    const command = parseDeckCommand(argv)
    console.log(await checkData())
    switch (command.name) {
      case 'check data':
        return 0
      case 'dev':
        return await runDevServer(command.dev)
      case 'build':
        await runBuildCommand(command.build)
        return 0
      case 'export':
        await runExports(command.export)
        return 0
    }
  }
  catch (error) {
    if (isDataFailure(error)) {
      console.error(error.message)
      return 1
    }
    const expected = error instanceof DeckError
    console.error(`${failurePrefix(argv[0])}${expected ? error.message : error instanceof Error ? error.stack : String(error)}`)
    return expected ? error.exitCode : 1
  }
}

if (isMainModule(import.meta.url))
  process.exitCode = await runDeckCommand(process.argv.slice(2))
