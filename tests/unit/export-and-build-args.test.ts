/**
 * The commands' options for the two editions: `npm run build` plans one `slidev build` per edition
 * (English at the base, French in fr/ beneath it), and the exports pick their editions with --lang.
 */
import type { BuildPlan } from '../../scripts/build'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { editions } from '../../i18n/editions'
import { mergeRedirects, planBuilds } from '../../scripts/build'
import { splitOption } from '../../scripts/cli-option'
import { ExportError, parseExportArgs, parseOutputOnly } from '../../scripts/export-command'

/** A plan as what matters: which entry, under which base, into which folder, with what else. */
function summary(plan: BuildPlan) {
  const option = (name: string) => plan.args[plan.args.indexOf(name) + 1]
  const rest = plan.args.slice(3).filter((_, i, args) => !['--base', '--out'].includes(args[i]!) && !['--base', '--out'].includes(args[i - 1]!))
  return { entry: plan.entry, command: plan.args.slice(0, 3), base: option('--base'), out: resolve(option('--out')!), rest }
}

describe('planBuilds', () => {
  it('builds English first, at the base into the output folder, then French under <base>fr/ into <out>/fr', () => {
    expect(planBuilds(['--base', '/x/', '--out', 'd']).map(summary)).toEqual([
      { entry: 'slides.md', command: ['build', 'slides.md', '--without-notes'], base: '/x/', out: resolve('d'), rest: [] },
      { entry: 'slides.fr.md', command: ['build', 'slides.fr.md', '--without-notes'], base: '/x/fr/', out: resolve('d/fr'), rest: [] },
    ])
    expect(planBuilds(['--base', '/x/', '--out', 'd']).map(plan => resolve(plan.out))).toEqual([resolve('d'), resolve('d/fr')])
  })

  it('builds to dist/ at / by default, and reads --base=… and --out=… too, adding the base\'s last slash', () => {
    expect(planBuilds([]).map(summary).map(({ base, out }) => [base, out])).toEqual([['/', resolve('dist')], ['/fr/', resolve('dist/fr')]])
    expect(planBuilds(['--base=/seminar', '--out=.test-builds/seminar']).map(summary).map(({ base, out }) => [base, out])).toEqual([
      ['/seminar/', resolve('.test-builds/seminar')],
      ['/seminar/fr/', resolve('.test-builds/seminar/fr')],
    ])
  })

  it('passes every other option to each edition\'s build', () => {
    for (const plan of planBuilds(['--router-mode', 'hash', '--base', '/h/']))
      expect(summary(plan).rest, plan.entry).toEqual(['--router-mode', 'hash'])
  })
})

describe('mergeRedirects', () => {
  it('puts the nested editions\' SPA rules before the root\'s catch-all, which would otherwise win', () => {
    expect(mergeRedirects('/*    /index.html   200\n', ['/fr/*    /fr/index.html   200\n'])).toBe('/fr/*    /fr/index.html   200\n/*    /index.html   200\n')
  })
})

describe('parseExportArgs', () => {
  it('exports every edition by default, into exports/', () => {
    expect(parseExportArgs([])).toEqual({ output: undefined, editions: [editions.en, editions.fr], passThrough: [] })
  })

  it.each([[['--lang', 'fr']], [['--lang=fr']]])('exports one edition with %j', (args) => {
    expect(parseExportArgs(args).editions).toEqual([editions.fr])
  })

  it('writes one edition elsewhere with --lang and --output, and passes the rest on to slidev export', () => {
    expect(parseExportArgs(['--output', 'x.pdf', '--lang', 'en', '--timeout', '9'])).toEqual({ output: 'x.pdf', editions: [editions.en], passThrough: ['--timeout', '9'] })
  })

  it('refuses --output without --lang, with a message that says to choose one', () => {
    expect(() => parseExportArgs(['--output', 'x.pdf'])).toThrowError(ExportError)
    expect(() => parseExportArgs(['-o', 'x.pdf'])).toThrowError('--output names one file, but there are 2 editions: choose one with --lang (en or fr)')
  })

  it('refuses a language that has no edition, naming those that do', () => {
    expect(() => parseExportArgs(['--lang', 'de'])).toThrowError(new ExportError('--lang must be one of en, fr, got "de"'))
  })
})

describe('parseOutputOnly (export:handout, export:pptx)', () => {
  it('takes --lang and --output, and names them when refusing another option', () => {
    expect(parseOutputOnly(['--lang', 'fr', '--output', 'h.pdf'], '.pdf', 'export:handout')).toEqual({ output: 'h.pdf', editions: [editions.fr] })
    expect(() => parseOutputOnly(['--dark'], '.pdf', 'export:handout')).toThrowError('Unknown option "--dark": export:handout takes only --output <file.pdf> and --lang <en|fr>')
  })

  it('refuses an output of another kind, and --output without --lang', () => {
    expect(() => parseOutputOnly(['--lang', 'en', '--output', 'h.pptx'], '.pdf', 'export:handout')).toThrowError('--output must name a .pdf file, got "h.pptx"')
    expect(() => parseOutputOnly(['--output', 'd.pptx'], '.pptx', 'export:pptx')).toThrowError(/choose one with --lang/)
  })
})

describe('splitOption', () => {
  it('splits --name=value, and leaves anything else whole', () => {
    expect(splitOption('--base=/seminar/')).toEqual(['--base', '/seminar/'])
    expect(splitOption('--lang=')).toEqual(['--lang', ''])
    expect(splitOption('--out')).toEqual(['--out', undefined])
    expect(splitOption('-o=x.pdf')).toEqual(['-o=x.pdf', undefined])
    expect(splitOption('slides.fr.md')).toEqual(['slides.fr.md', undefined])
  })

  it('reads --output=… and --lang=… in the exports as their spaced forms', () => {
    expect(parseExportArgs(['--lang=fr', '--output=x.pdf'])).toEqual(parseExportArgs(['--lang', 'fr', '--output', 'x.pdf']))
  })
})
