/**
 * The mistakes a data editor makes, each made as a text edit to a copy of the real data files, and
 * what the real `npm run check:data` says about it: exit 1, the one line naming the file, the record
 * and the field (or the file, line and column), then the count, and no other line. Each mistake is
 * reported once, with no knock-on error about another record.
 */
import type { ScriptRun } from '../support/scratch-project'
import { describe, expect, it } from 'vitest'
import { deck } from '../../data/deck'
import { partners } from '../../data/partners'
import { summarize } from '../../scripts/deck'
import { copyProject, editAll, editOnce, removeProject, runScript } from '../support/scratch-project'

interface Edit {
  file: string
  find: string
  replace: string
  /** Every occurrence rather than exactly one. */
  all?: boolean
}

interface Mistake {
  mistake: string
  edits: Edit[]
  /** The one line the check prints, before its count. */
  line: string
}

const swotLaunchPlanned = `          fr: 'Lancement alors prévu un an après Jason-CS/Sentinel-6 (selon les informations de 2017)',
        },
        planned: true,`
const jason3Launch = `        date: '2016-01-17',
        kind: 'launch',
        label: {
          en: 'Jason-3 launched',`
const jason3Achieved = `          fr: 'Lancement de Jason-3',
        },
        planned: false,`
const singapore = `{ code: 'SG', name: { en: 'Singapore', fr: 'Singapour' }, category: 'new-entrant'`
const swot = 'project "swot" (projects[0])'
const jason3 = 'project "jason-3" (projects[1])'
const asOfNote = 'the as-of date 2019-05-13 (data/event.ts)'

const mistakes: Mistake[] = [
  // Across records: these passed silently before
  {
    mistake: 'a milestone marked achieved but dated after the as-of date',
    edits: [{ file: 'data/projects.ts', find: swotLaunchPlanned, replace: swotLaunchPlanned.replace('planned: true', 'planned: false') }],
    line: `data/projects.ts: ${swot}, field "milestones[1].planned": false, but its date "2021" is after ${asOfNote}: a milestone still to come is planned: true`,
  },
  {
    mistake: 'an achieved milestone dated by a month after the as-of date',
    edits: [{ file: 'data/projects.ts', find: jason3Launch, replace: jason3Launch.replace('2016-01-17', '2019-06') }],
    line: `data/projects.ts: ${jason3}, field "milestones[0].planned": false, but its date "2019-06" is after ${asOfNote}: a milestone still to come is planned: true`,
  },
  {
    mistake: 'a milestone marked planned but dated before the as-of date',
    edits: [{ file: 'data/projects.ts', find: jason3Achieved, replace: jason3Achieved.replace('planned: false', 'planned: true') }],
    line: `data/projects.ts: ${jason3}, field "milestones[0].planned": true, but its date "2016-01-17" is before ${asOfNote}: an achieved milestone is planned: false`,
  },
  {
    mistake: 'the same fact id on two projects',
    edits: [{ file: 'data/projects.ts', find: `factIds: ['US2'],`, replace: `factIds: ['US1'],` }],
    line: `data/projects.ts: ${jason3}, field "factIds[0]": "US1" is already a fact of ${swot}`,
  },
  {
    mistake: 'two projects with the same name in one language',
    edits: [{ file: 'data/projects.ts', find: `name: { en: 'Jason-3', fr: 'Jason-3' },`, replace: `name: { en: 'Jason-3', fr: 'SWOT' },` }],
    line: `data/projects.ts: ${jason3}, field "name.fr": duplicates ${swot}`,
  },
  {
    mistake: 'a type of partner left with no partners',
    edits: [{ file: 'data/partners.ts', find: `category: 'new-entrant'`, replace: `category: 'leading'`, all: true }],
    line: 'data/categories.ts: category "new-entrant" (categories[1]), field "id": no partner in data/partners.ts is of this type',
  },
  {
    mistake: 'a partner with no project',
    edits: [{ file: 'data/partners.ts', find: '] satisfies', replace: `  { code: 'BR', name: { en: 'Brazil', fr: 'Brésil' }, category: 'new-entrant', counterparts: { en: 'AEB', fr: 'AEB' } },\n] satisfies` }],
    line: `data/partners.ts: partner "BR" (partners[${partners.length}]), field "code": no project in data/projects.ts names "BR" among its partners`,
  },
  {
    mistake: 'a partner the map cannot place',
    edits: [
      { file: 'data/partners.ts', find: '] satisfies', replace: `  { code: 'AQ', name: { en: 'Antarctica', fr: 'Antarctique' }, category: 'new-entrant', counterparts: { en: 'IPEV', fr: 'IPEV' } },\n] satisfies` },
      { file: 'data/projects.ts', find: `shortName: { en: 'SWOT', fr: 'SWOT' },\n    partners: ['US'],`, replace: `shortName: { en: 'SWOT', fr: 'SWOT' },\n    partners: ['US', 'AQ'],` },
    ],
    line: `data/partners.ts: partner "AQ" (partners[${partners.length}]), field "code": the partner map cannot place it: the partner map leaves "AQ" (Antarctica) out of its extent`,
  },
  {
    mistake: 'a priority no project has',
    edits: [{ file: 'data/projects.ts', find: `priority: 'innovation',`, replace: `priority: 'climate',`, all: true }],
    line: 'data/priorities.ts: priority "innovation" (priorities[2]), field "id": no project in data/projects.ts has the priority "innovation"',
  },
  {
    mistake: 'an event date with no day',
    edits: [{ file: 'data/event.ts', find: `date: '2019-05-13',`, replace: `date: '2019-05',` }],
    line: 'data/event.ts: event, field "date": must be a date written YYYY-MM-DD, a full date',
  },
  // One mistake, one message: these misled before
  {
    mistake: 'an unknown type of partner, on a partner with projects',
    edits: [{ file: 'data/partners.ts', find: singapore, replace: singapore.replace('new-entrant', 'emerging') }],
    line: 'data/partners.ts: partner "SG" (partners[7]), field "category": "emerging" is not one of "leading", "new-entrant"',
  },
  {
    mistake: 'an empty French name of a type of partner',
    edits: [{ file: 'data/categories.ts', find: `fr: 'Nouveaux entrants'`, replace: `fr: ''` }],
    line: 'data/categories.ts: category "new-entrant" (categories[1]), field "name.fr": must not be empty',
  },
  {
    mistake: 'a misspelt key',
    edits: [{ file: 'data/projects.ts', find: `    factIds: ['US1'],\n    name: { en: 'SWOT', fr: 'SWOT' },\n    shortName: { en: 'SWOT', fr: 'SWOT' },\n    partners: ['US'],\n    priority: 'climate',\n    status:`, replace: `    factIds: ['US1'],\n    name: { en: 'SWOT', fr: 'SWOT' },\n    shortName: { en: 'SWOT', fr: 'SWOT' },\n    partners: ['US'],\n    priority: 'climate',\n    stauts:` }],
    line: `data/projects.ts: ${swot}, field "stauts": unknown field; did you mean "status"?`,
  },
  {
    mistake: 'a misspelt key in a milestone',
    edits: [{ file: 'data/projects.ts', find: jason3Achieved, replace: jason3Achieved.replace('planned:', 'planed:') }],
    line: `data/projects.ts: ${jason3}, field "milestones[0].planed": unknown field; did you mean "planned"?`,
  },
  {
    mistake: 'a missing field of a closed list',
    edits: [{ file: 'data/projects.ts', find: `    partners: ['US'],\n    priority: 'climate',\n    status: 'operating',`, replace: `    partners: ['US'],\n    status: 'operating',` }],
    line: `data/projects.ts: ${jason3}, field "priority": missing`,
  },
  {
    mistake: 'a missing text',
    edits: [{ file: 'data/event.ts', find: `  speaker: 'Jean-Yves Le Gall',\n`, replace: '' }],
    line: 'data/event.ts: event, field "speaker": missing',
  },
  {
    mistake: 'a malformed date',
    edits: [{ file: 'data/projects.ts', find: `date: '2014-05-02',`, replace: `date: '02/05/2014',` }],
    line: `data/projects.ts: ${swot}, field "milestones[0].date": must be a date written YYYY, YYYY-MM or YYYY-MM-DD`,
  },
  {
    mistake: 'a partner code mistyped, which its projects name',
    edits: [{ file: 'data/partners.ts', find: `code: 'SG'`, replace: `code: 'SGP'` }],
    line: 'data/partners.ts: partner "SGP" (partners[7]), field "code": "SGP" is not an ISO 3166-1 alpha-2 country code',
  },
  // Single-field mistakes, refused before too
  {
    mistake: 'an unknown status',
    edits: [{ file: 'data/projects.ts', find: `    partners: ['US'],\n    priority: 'climate',\n    status: 'operating',`, replace: `    partners: ['US'],\n    priority: 'climate',\n    status: 'launched',` }],
    line: `data/projects.ts: ${jason3}, field "status": "launched" is not one of "operating", "completed", "in-force", "in-development", "in-study"`,
  },
  {
    mistake: 'a source that is not a URL',
    edits: [{ file: 'data/projects.ts', find: `sources: ['https://presse.cnes.fr/en/cop21-space-agenda-jason-3-satellite-successfully-launched'],`, replace: `sources: ['presse.cnes.fr/en/cop21-space-agenda-jason-3-satellite-successfully-launched'],` }],
    line: `data/projects.ts: ${jason3}, field "sources[0]": must be an http(s) URL`,
  },
]

/** `npm run check:data` in a copy of the project with `edits` made, each test in its own copy. */
async function checkDataAfter(edits: readonly Edit[]): Promise<ScriptRun> {
  const dir = await copyProject()
  try {
    for (const { file, find, replace, all } of edits)
      await (all ? editAll : editOnce)(dir, file, find, replace)
    return await runScript(dir, 'check:data')
  }
  finally {
    await removeProject(dir)
  }
}

// Concurrent: each test waits mostly on its own process
describe.concurrent('npm run check:data on the mistakes an editor makes', () => {
  it.each(mistakes)('$mistake: exit 1, one line', async ({ edits, line }) => {
    expect(await checkDataAfter(edits)).toEqual({ exitCode: 1, lines: [line, '1 problem in the deck\'s data; nothing was rendered.'] })
  })

  it('a syntax error (a deleted "},"): exit 1, one line at its file, line and column, and no stack', async () => {
    const edit = { file: 'data/projects.ts', find: `${jason3Achieved}\n      },\n    ],`, replace: `${jason3Achieved}\n    ],` }
    expect(await checkDataAfter([edit])).toEqual({ exitCode: 1, lines: ['data/projects.ts:80:4: Expected identifier but found "]"'] })
  })

  it('a name a data file does not define: exit 1, one line where it is used', async () => {
    const edit = { file: 'data/projects.ts', find: jason3Achieved, replace: jason3Achieved.replace('planned: false', 'planned: ture') }
    expect(await checkDataAfter([edit])).toEqual({ exitCode: 1, lines: ['data/projects.ts:79:18: ture is not defined'] })
  })

  it('two mistakes in two files: both, sorted by file, then the count', async () => {
    expect(await checkDataAfter([
      { file: 'data/projects.ts', find: `factIds: ['US2'],`, replace: `factIds: ['US1'],` },
      { file: 'data/event.ts', find: `date: '2019-05-13',`, replace: `date: '2019-05',` },
    ])).toEqual({
      exitCode: 1,
      lines: [
        'data/event.ts: event, field "date": must be a date written YYYY-MM-DD, a full date',
        `data/projects.ts: ${jason3}, field "factIds[0]": "US1" is already a fact of ${swot}`,
        '2 problems in the deck\'s data; nothing was rendered.',
      ],
    })
  })

  it('a plan dated by its year alone, the as-of year: accepted', async () => {
    const swotLaunch = `        date: '2021',\n        kind: 'launch',\n        label: {\n          en: 'Launch then planned, a year after`
    expect(await checkDataAfter([{ file: 'data/projects.ts', find: swotLaunch, replace: swotLaunch.replace('2021', '2019') }]))
      .toEqual({ exitCode: 0, lines: [summarize(deck)] })
  })
}, 600_000)
