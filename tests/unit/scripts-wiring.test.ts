/**
 * The npm scripts are the user's interface, and each goes through scripts/deck.ts. Invalid data
 * must stop dev, build, the exports and test: each checks the data first, and a data error stops
 * it before Slidev (or any other process) starts.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataError } from '../../data/problems'
import { editionList } from '../../i18n/editions'
import { parseBuildArgs, runDeckCommand } from '../../scripts/deck'
import { projectRoot } from '../../scripts/files'
import { defaultDevPort } from '../../scripts/slidev'

/** Every process the commands start in this file: none may start before the data check passes. */
const started = vi.hoisted(() => [] as string[][])
vi.mock('node:child_process', async importOriginal => ({
  ...await importOriginal<typeof import('node:child_process')>(),
  spawn: (command: string, args: readonly string[] = []) => {
    started.push([command, ...args])
    throw new Error('a process was started')
  },
  execFile: (command: string, args: readonly string[] = []) => {
    started.push([command, ...args])
    throw new Error('a process was started')
  },
}))

describe('package.json scripts', async () => {
  const { scripts } = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }

  it.each([
    ['dev', 'dev --open=false'],
    ['build', 'build'],
    ['export', 'export pdf'],
    ['export:handout', 'export handout'],
    ['export:pptx', 'export pptx'],
    ['check:data', 'check data'],
  ])('"%s" runs scripts/deck.ts %s, with no pre-script of its own', (name, command) => {
    expect(scripts[name]).toBe(`tsx scripts/deck.ts ${command}`)
    expect(scripts[`pre${name}`]).toBeUndefined()
  })

  it('"test" runs the data check first', () => {
    expect(scripts.test).toMatch(/^npm run (?:--silent )?check:data &&/)
  })

  it('"test" writes the PDF, then the handout and the PPTX from it, before the browser tests read them', () => {
    expect(scripts.test).toMatch(/npm run export && npm run export:handout && npm run export:pptx && npm run test:e2e$/)
  })

  it('"build" builds every edition, each without its speaker notes', () => {
    const { plans } = parseBuildArgs([])
    expect(plans.map(plan => plan.entry)).toEqual(editionList.map(edition => edition.entry))
    for (const plan of plans)
      expect(plan.args, plan.entry).toContain('--without-notes')
  })

  it('"dev:fr" presents the French deck through "dev" (its data and port checks included), on a port of its own', () => {
    const match = /^npm run dev -- slides\.fr\.md --port (\d+)$/.exec(scripts['dev:fr'] ?? '')
    expect(match, scripts['dev:fr']).not.toBeNull()
    expect(Number(match![1])).not.toBe(defaultDevPort)
  })

  it('"build:hash" is that same public build, with hash routing', () => {
    expect(scripts['build:hash']).toMatch(/^npm run build -- (?:.* )?--router-mode hash$/)
  })
})

describe('the data check, in the command\'s own process', () => {
  const problem = { file: 'data/projects.ts', record: 'project "swot" (projects[0])', position: 0, field: 'priority', message: 'must be one of …' }
  const invalidData = async (): Promise<string> => {
    throw new DataError([problem])
  }

  afterEach(() => {
    started.length = 0
    vi.restoreAllMocks()
  })

  it.each([
    [['dev', '--port', '3131']],
    [['dev', 'slides.fr.md', '--port', '3130']],
    [['build']],
    [['export', 'pdf']],
    [['export', 'handout', '--lang', 'fr']],
    [['export', 'pptx']],
    [['check', 'data']],
  ])('%j stops on a data error with its message and exit 1, before any process starts', async (argv) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await runDeckCommand(argv, invalidData)).toBe(1)
    expect(errors.mock.calls).toEqual([[new DataError([problem]).message]])
    expect(started).toEqual([])
  })

  it('once the data is valid, goes on to start Slidev (which the test above would have seen)', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await runDeckCommand(['build', '--out', join(projectRoot, '.test-builds', 'never-built')], async () => 'data OK')).toBe(1)
    expect(errors.mock.calls[0]?.[0]).toMatch(/^Build failed: Error: a process was started/)
    expect(started[0]?.slice(1, 4)).toEqual([join(projectRoot, 'node_modules/@slidev/cli/bin/slidev.mjs'), 'build', 'slides.md'])
  })
})
