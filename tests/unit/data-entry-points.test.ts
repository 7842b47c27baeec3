/**
 * Every entry point stops on bad data before Slidev (or a browser) starts: the real npm scripts,
 * run in a copy of the project whose data has a mistake, exit 1, print the data error alone and
 * write nothing. A command that did not stop would start Slidev: it would print more, write
 * dist/, exports/ or .bench/, or (dev) keep running until the test kills it.
 */
import { describe, expect, it } from 'vitest'
import { copyProject, editOnce, filesIn, removeProject, runScript } from '../support/scratch-project'

const entryPoints = ['dev', 'dev:fr', 'build', 'build:hash', 'export', 'export:handout', 'export:pptx', 'bench', 'check:data']

const badData = {
  'a rule broken': {
    edit: { file: 'data/projects.ts', find: `factIds: ['US2'],`, replace: `factIds: ['US1'],` },
    lines: [
      'data/projects.ts: project "jason-3" (projects[1]), field "factIds[0]": "US1" is already a fact of project "swot" (projects[0])',
      '1 problem in the deck\'s data; nothing was rendered.',
    ],
  },
  'a syntax error': {
    edit: { file: 'data/partners.ts', find: `counterparts: { en: 'ISA', fr: 'ISA' } },`, replace: `counterparts: { en: 'ISA', fr: 'ISA' },` },
    lines: ['data/partners.ts:23:0: Expected identifier but found "]"'],
  },
} as const

type BadData = keyof typeof badData

const cases: [string, BadData][] = [
  ...entryPoints.map((script): [string, BadData] => [script, 'a rule broken']),
  ...['dev', 'build', 'export:pptx', 'bench'].map((script): [string, BadData] => [script, 'a syntax error']),
]

describe.concurrent('npm scripts on bad data', () => {
  it.each(cases)('npm run %s with %s: exit 1, the data error alone, nothing written', async (script, kind) => {
    const { edit, lines } = badData[kind]
    const dir = await copyProject()
    try {
      await editOnce(dir, edit.file, edit.find, edit.replace)
      const before = await filesIn(dir)
      expect(await runScript(dir, script)).toEqual({ exitCode: 1, lines })
      expect(await filesIn(dir)).toEqual(before)
    }
    finally {
      await removeProject(dir)
    }
  })
}, 600_000)
