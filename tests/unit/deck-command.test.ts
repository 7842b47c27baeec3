/**
 * The deck's command line (scripts/deck.ts): which command and options it reads (util.parseArgs,
 * `--name value` and `--name=value` alike), what it passes on to Slidev, and what it refuses.
 * `build` plans one `slidev build` per edition (English at the base, French in fr/ beneath it);
 * the exports pick their editions with --lang.
 */
import type { BuildPlan } from '../../scripts/slidev'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { editions } from '../../i18n/editions'
import { checkDeckData, parseBuildArgs, parseDeckCommand, parseDevArgs, parseExportArgs, readOptions, runDeckCommand } from '../../scripts/deck'
import { DeckError } from '../../scripts/files'
import { mergeRedirects } from '../../scripts/slidev'

/** A plan as what matters: which entry, under which base, into which folder, with what else. */
function summary(plan: BuildPlan) {
  const option = (name: string) => plan.args[plan.args.indexOf(name) + 1]
  const rest = plan.args.slice(3).filter((_, i, args) => !['--base', '--out'].includes(args[i]!) && !['--base', '--out'].includes(args[i - 1]!))
  return { entry: plan.entry, command: plan.args.slice(0, 3), base: option('--base'), out: resolve(option('--out')!), rest }
}

describe('readOptions', () => {
  const specs = { out: { type: 'string', short: 'o' }, bind: { type: 'string', forSlidevToo: true }, remote: { type: 'boolean' } } as const

  it('reads --name value, --name=value and -o value alike', () => {
    expect(readOptions(['--out', 'a'], specs).values).toEqual({ out: 'a' })
    expect(readOptions(['--out=a'], specs).values).toEqual({ out: 'a' })
    expect(readOptions(['-o', 'a'], specs).values).toEqual({ out: 'a' })
  })

  it('leaves every other argument as written and in order, an option read for Slidev too included', () => {
    const { values, rest } = readOptions(['slides.fr.md', '--router-mode', 'hash', '--out', 'd', '--open=false', '--bind', '0.0.0.0', '-x'], specs)
    expect(values).toEqual({ out: 'd', bind: '0.0.0.0' })
    expect(rest).toEqual(['slides.fr.md', '--router-mode', 'hash', '--open=false', '--bind', '0.0.0.0', '-x'])
  })

  it('reads nothing after --, which it passes on with what follows', () => {
    expect(readOptions(['--', '--out', 'd'], specs)).toEqual({ values: {}, rest: ['--', '--out', 'd'] })
  })

  it('reads a string option given no value as \'\', a boolean one as \'true\' or its =value', () => {
    expect(readOptions(['--out'], specs).values).toEqual({ out: '' })
    expect(readOptions(['--remote'], specs).values).toEqual({ remote: 'true' })
    expect(readOptions(['--remote=secret'], specs).values).toEqual({ remote: 'secret' })
  })
})

describe('parseDeckCommand', () => {
  it('reads each command and hands its options to that command\'s parser', () => {
    expect(parseDeckCommand(['dev', '--port', '3131'])).toEqual({ name: 'dev', dev: parseDevArgs(['--port', '3131']) })
    expect(parseDeckCommand(['build', '--base', '/x/'])).toEqual({ name: 'build', build: parseBuildArgs(['--base', '/x/']) })
    for (const format of ['pdf', 'handout', 'pptx'] as const)
      expect(parseDeckCommand(['export', format, '--lang', 'fr'])).toEqual({ name: 'export', export: parseExportArgs(format, ['--lang', 'fr']) })
    expect(parseDeckCommand(['check', 'data'])).toEqual({ name: 'check data' })
  })

  it.each([[[]], [['serve']], [['check']], [['check', 'data', '--all']]])('refuses %j, listing the commands', (argv) => {
    expect(() => parseDeckCommand(argv)).toThrowError(new DeckError(`Unknown command "${argv.join(' ')}". Commands: dev, build, export pdf|handout|pptx, check data (see scripts/deck.ts).`))
  })

  it('refuses an export of nothing, or of something it cannot write', () => {
    expect(() => parseDeckCommand(['export'])).toThrowError('export needs what to export: pdf, handout, pptx, got ""')
    expect(() => parseDeckCommand(['export', 'docx'])).toThrowError('export needs what to export: pdf, handout, pptx, got "docx"')
  })
})

describe('build (parseBuildArgs)', () => {
  it('builds English first, at the base into the output folder, then French under <base>fr/ into <out>/fr', () => {
    expect(parseBuildArgs(['--base', '/x/', '--out', 'd']).plans.map(summary)).toEqual([
      { entry: 'slides.md', command: ['build', 'slides.md', '--without-notes'], base: '/x/', out: resolve('d'), rest: [] },
      { entry: 'slides.fr.md', command: ['build', 'slides.fr.md', '--without-notes'], base: '/x/fr/', out: resolve('d/fr'), rest: [] },
    ])
    expect(parseBuildArgs(['--base', '/x/', '--out', 'd']).plans.map(plan => resolve(plan.out))).toEqual([resolve('d'), resolve('d/fr')])
  })

  it('builds to dist/ at / by default, and reads --base=… and --out=… (or -o) too, adding the base\'s last slash', () => {
    expect(parseBuildArgs([]).plans.map(summary).map(({ base, out }) => [base, out])).toEqual([['/', resolve('dist')], ['/fr/', resolve('dist/fr')]])
    expect(parseBuildArgs(['--base=/seminar', '--out=.test-builds/seminar']).plans.map(summary).map(({ base, out }) => [base, out])).toEqual([
      ['/seminar/', resolve('.test-builds/seminar')],
      ['/seminar/fr/', resolve('.test-builds/seminar/fr')],
    ])
    expect(parseBuildArgs(['-o', 'o']).plans.map(plan => resolve(plan.out))).toEqual([resolve('o'), resolve('o/fr')])
  })

  it('passes every other option to each edition\'s build, as written', () => {
    for (const plan of parseBuildArgs(['--router-mode', 'hash', '--base', '/h/']).plans)
      expect(summary(plan).rest, plan.entry).toEqual(['--router-mode', 'hash'])
    for (const plan of parseBuildArgs(['--router-mode=hash']).plans)
      expect(summary(plan).rest, plan.entry).toEqual(['--router-mode=hash'])
  })

  it('refuses --out with no folder, which would build into the project itself', () => {
    expect(() => parseBuildArgs(['--out'])).toThrowError(new DeckError('--out must name a folder'))
  })

  it('reads --site-origin (the link previews\' absolute URLs) as an origin, and refuses anything else', () => {
    expect(parseBuildArgs([]).siteOrigin).toBeUndefined()
    expect(parseBuildArgs(['--site-origin', 'https://example.org']).siteOrigin).toBe('https://example.org')
    expect(parseBuildArgs(['--site-origin=https://example.org/', '--base', '/seminar']).siteOrigin).toBe('https://example.org')
    expect(parseBuildArgs(['--site-origin=https://example.org/', '--base', '/seminar']).base).toBe('/seminar/')
    for (const plan of parseBuildArgs(['--site-origin', 'https://example.org']).plans)
      expect(summary(plan).rest, 'not passed on to Slidev').toEqual([])
    for (const wrong of ['example.org', 'https://example.org/seminar/', 'ftp://example.org', ''])
      expect(() => parseBuildArgs(['--site-origin', wrong]), wrong).toThrowError(DeckError)
    expect(() => parseBuildArgs(['--site-origin', 'https://example.org/seminar/'])).toThrowError('--site-origin must be an origin such as https://example.org (no path: that is --base), got "https://example.org/seminar/"')
  })
})

describe('mergeRedirects', () => {
  it('puts the nested editions\' SPA rules before the root\'s catch-all, which would otherwise win', () => {
    expect(mergeRedirects('/*    /index.html   200\n', ['/fr/*    /fr/index.html   200\n'])).toBe('/fr/*    /fr/index.html   200\n/*    /index.html   200\n')
  })
})

describe('export pdf (parseExportArgs)', () => {
  it('exports every edition by default, into exports/', () => {
    expect(parseExportArgs('pdf', [])).toEqual({ format: 'pdf', output: undefined, editions: [editions.en, editions.fr] })
  })

  it.each([[['--lang', 'fr']], [['--lang=fr']]])('exports one edition with %j', (args) => {
    expect(parseExportArgs('pdf', args).editions).toEqual([editions.fr])
  })

  it('writes one edition elsewhere with --lang and --output, and refuses any other option (the deck prints itself, not through slidev export)', () => {
    expect(parseExportArgs('pdf', ['--output', 'x.pdf', '--lang', 'en'])).toEqual({ format: 'pdf', output: 'x.pdf', editions: [editions.en] })
    expect(() => parseExportArgs('pdf', ['--dark', '--lang', 'en'])).toThrowError('Unknown option "--dark": export:pdf takes only --output <file.pdf> and --lang <en|fr>')
  })

  it('reads --output=… and --lang=… as their spaced forms, and -o<file> as -o <file>', () => {
    expect(parseExportArgs('pdf', ['--lang=fr', '--output=x.pdf'])).toEqual(parseExportArgs('pdf', ['--lang', 'fr', '--output', 'x.pdf']))
    expect(parseExportArgs('pdf', ['--lang', 'fr', '-ox.pdf']).output).toBe('x.pdf')
  })

  it('refuses --output without --lang, with a message that says to choose one', () => {
    expect(() => parseExportArgs('pdf', ['--output', 'x.pdf'])).toThrowError(DeckError)
    expect(() => parseExportArgs('pdf', ['-o', 'x.pdf'])).toThrowError('--output names one file, but there are 2 editions: choose one with --lang (en or fr)')
  })

  it('refuses a language that has no edition, naming those that do, and --lang with none', () => {
    expect(() => parseExportArgs('pdf', ['--lang', 'de'])).toThrowError(new DeckError('--lang must be one of en, fr, got "de"'))
    expect(() => parseExportArgs('pdf', ['--lang='])).toThrowError(new DeckError('--lang must be one of en, fr, got ""'))
    expect(() => parseExportArgs('pdf', ['--lang'])).toThrowError(new DeckError('--lang must be one of en, fr, got ""'))
  })

  it('refuses an output that is not a PDF', () => {
    expect(() => parseExportArgs('pdf', ['--lang', 'en', '--output', 'x.pptx'])).toThrowError('--output must name a .pdf file, got "x.pptx"')
  })
})

describe('export handout, export pptx (parseExportArgs)', () => {
  it('takes --lang and --output, and names them when refusing another option', () => {
    expect(parseExportArgs('handout', ['--lang', 'fr', '--output', 'h.pdf'])).toEqual({ format: 'handout', output: 'h.pdf', editions: [editions.fr] })
    expect(parseExportArgs('pptx', ['--lang', 'en', '-o', 'd.pptx'])).toEqual({ format: 'pptx', output: 'd.pptx', editions: [editions.en] })
    expect(() => parseExportArgs('handout', ['--dark'])).toThrowError('Unknown option "--dark": export:handout takes only --output <file.pdf> and --lang <en|fr>')
    expect(() => parseExportArgs('pptx', ['slides.md'])).toThrowError('Unknown option "slides.md": export:pptx takes only --output <file.pptx> and --lang <en|fr>')
  })

  it('refuses an output of another kind, and --output without --lang', () => {
    expect(() => parseExportArgs('handout', ['--lang', 'en', '--output', 'h.pptx'])).toThrowError('--output must name a .pdf file, got "h.pptx"')
    expect(() => parseExportArgs('pptx', ['--output', 'd.pptx'])).toThrowError(/choose one with --lang/)
  })
})

describe('runDeckCommand', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('check data: prints the summary of the real data and exits 0', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    expect(await runDeckCommand(['check', 'data'])).toBe(0)
    expect(log.mock.calls).toEqual([[await checkDeckData()]])
  })

  it.each([
    [['export', 'handout', '--dark'], '\nExport failed: Unknown option "--dark": export:handout takes only --output <file.pdf> and --lang <en|fr>'],
    [['build', '--out'], 'Build failed: --out must name a folder'],
    [['dev', '--port', 'x'], 'The deck did not start. --port must be a port number from 1 to 65535, got "x".'],
    [['deploy'], 'Unknown command "deploy". Commands: dev, build, export pdf|handout|pptx, check data (see scripts/deck.ts).'],
  ])('%j: prints one line, begun the way that command\'s failures are, and exits 1', async (argv, message) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await runDeckCommand(argv)).toBe(1)
    expect(errors.mock.calls).toEqual([[message]])
  })
})
