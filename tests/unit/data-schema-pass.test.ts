/**
 * The schema pass (data/schema-pass.ts) and the report (data/problems.ts): one message per
 * mistake, "missing" for a field left out, a misspelt key with its suggestion, a failed record's
 * valid fields kept for the later checks; lines sorted by file and record, then the count. And a
 * data file that does not load, as one line (data/load-error.ts).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataFileError } from '../../data/load-error'
import { DataError, problemLine, recordRef } from '../../data/problems'
import { projects } from '../../data/projects'
import { milestoneSchema, projectSchema } from '../../data/schema'
import { checkRecord } from '../../data/schema-pass'

const ref = recordRef('projects', 0, projects[0])
const swot = (): Record<string, unknown> => structuredClone(projects[0]) as unknown as Record<string, unknown>

function messages(raw: unknown): string[] {
  return checkRecord(projectSchema, ref, raw).problems.map(problemLine)
}

describe('checkRecord', () => {
  it('passes a valid record whole', () => {
    const { record, problems } = checkRecord(projectSchema, ref, projects[0])
    expect(problems).toEqual([])
    expect(record.valid).toEqual(record.value)
    expect(record.invalidFields.size).toBe(0)
  })

  it('names a misspelt key with the field it misspells, and not that field as missing', () => {
    const { status, ...rest } = swot()
    expect(messages({ ...rest, stauts: status })).toEqual([
      'data/projects.ts: project "swot" (projects[0]), field "stauts": unknown field; did you mean "status"?',
    ])
  })

  it('suggests nothing for a key that misspells no absent field', () => {
    expect(messages({ ...swot(), colour: 'blue' })).toEqual([
      `data/projects.ts: project "swot" (projects[0]), field "colour": unknown field; the fields are ${Object.keys(projectSchema.shape).map(k => `"${k}"`).join(', ')}`,
    ])
    expect(checkRecord(milestoneSchema, ref, { date: '2019', kind: 'launch', label: { en: 'a', fr: 'b', de: 'c' }, planned: true }).problems.map(p => `${p.field}: ${p.message}`))
      .toEqual(['label.de: unknown field; the fields are "en", "fr"'])
  })

  it('says "missing" for a field, a translation or a flag left out', () => {
    const raw = swot()
    delete raw.priority
    delete (raw.name as Record<string, unknown>).fr
    delete ((raw.milestones as Record<string, unknown>[])[0]!).planned
    expect(checkRecord(projectSchema, ref, raw).problems.map(p => `${p.field}: ${p.message}`)).toEqual(['name.fr: missing', 'priority: missing', 'milestones[0].planned: missing'])
  })

  it('reports a malformed date once, and a value outside a closed list with the value', () => {
    const raw = swot();
    ((raw.milestones as Record<string, unknown>[])[0]!).date = '13/05/2019'
    raw.status = 'launched'
    expect(checkRecord(projectSchema, ref, raw).problems.map(p => `${p.field}: ${p.message}`)).toEqual([
      'status: "launched" is not one of "operating", "completed", "in-force", "in-development", "in-study"',
      'milestones[0].date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
    ])
  })

  it('keeps what passed of a failed record, item positions included, and names the fields that failed', () => {
    const raw = swot()
    raw.priority = 'defence'
    raw.partners = ['xx', 'US'];
    ((raw.milestones as Record<string, unknown>[])[0]!).date = '2014-13'
    const { record } = checkRecord(projectSchema, ref, raw)
    expect(record.valid).toBeUndefined()
    expect([...record.invalidFields].sort()).toEqual(['milestones', 'partners', 'priority'])
    expect(record.value).toMatchObject({ id: 'swot', status: 'in-development', partners: [undefined, 'US'] })
    expect(record.value.priority).toBeUndefined()
    expect(record.value.milestones?.[0]).toEqual({ kind: 'agreement', label: projects[0]!.milestones[0]!.label, planned: false })
    expect(record.value.milestones?.[1]?.date).toBe('2021')
  })
})

describe('dataError', () => {
  it('sorts by file, then record in the file\'s order, each line once, and ends with the count', () => {
    const problem = (collection: 'projects' | 'partners', index: number, field: string) =>
      ({ ...recordRef(collection, index, { id: `p${index}`, code: `C${index}` }), field, message: 'wrong' })
    const error = new DataError([problem('projects', 10, 'id'), problem('projects', 2, 'name'), problem('partners', 1, 'code'), problem('projects', 2, 'name')])
    expect(error.message.split('\n')).toEqual([
      'data/partners.ts: partner "C1" (partners[1]), field "code": wrong',
      'data/projects.ts: project "p2" (projects[2]), field "name": wrong',
      'data/projects.ts: project "p10" (projects[10]), field "id": wrong',
      '3 problems in the deck\'s data; nothing was rendered.',
    ])
  })
})

describe('dataFileError', () => {
  const root = '/deck'

  it('reads a syntax error from esbuild\'s errors, or from its message when tsx hands that alone', () => {
    const esbuild = Object.assign(new Error('Transform failed'), { errors: [{ text: 'Expected identifier but found "]"', location: { file: '/deck/data/projects.ts', line: 80, column: 4 } }] })
    expect(dataFileError(esbuild, root)?.message).toBe('data/projects.ts:80:4: Expected identifier but found "]"')
    const logged = new Error('Transform failed with 1 error:\n/deck/data/partners.ts:23:0: ERROR: Expected identifier but found "]"')
    expect(dataFileError(logged, root)?.message).toBe('data/partners.ts:23:0: Expected identifier but found "]"')
  })

  it('reads Vite\'s coloured parse error', () => {
    const vite = Object.assign(new Error('Transform failed'), { errors: [{ message: '\u001B[31m[PARSE_ERROR] \u001B[0mUnexpected token\n  ╭─[ data/projects.ts:80:5 ]', loc: { file: '/deck/data/projects.ts', line: 80, column: 4 } }] })
    expect(dataFileError(vite, root)?.message).toBe('data/projects.ts:80:4: Unexpected token')
  })

  it('places an error a data file raised as it ran at its first stack frame', () => {
    const error = new ReferenceError('ture is not defined')
    error.stack = 'ReferenceError: ture is not defined\n    at <anonymous> (/deck/data/projects.ts:35:18)\n    at ModuleJob.run (node:internal/modules/esm/module_job:561:25)'
    expect(dataFileError(error, root)?.message).toBe('data/projects.ts:35:18: ture is not defined')
  })

  it('says Node\'s module error in one line, and leaves any other error alone', () => {
    const notFound = Object.assign(new Error(`Cannot find module '${join(root, 'data/partners')}' imported from ${join(root, 'data/deck.ts')}\nmore`), { code: 'ERR_MODULE_NOT_FOUND' })
    expect(dataFileError(notFound, root)?.message).toBe('Cannot find module \'data/partners\' imported from data/deck.ts')
    const bug = new TypeError('x is undefined')
    bug.stack = 'TypeError: x is undefined\n    at check (/deck/data/validate.ts:10:3)'
    expect(dataFileError(bug, root)).toBeUndefined()
    expect(dataFileError('a string', root)).toBeUndefined()
  })
})
