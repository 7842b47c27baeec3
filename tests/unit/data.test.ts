import type { RawDeckData } from '../../data/validate'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { categories } from '../../data/categories'
import { countryOf, isIso3166Alpha2, iso3166Alpha2 } from '../../data/countries'
import { deck } from '../../data/deck'
import { editionOf } from '../../data/edition'
import { event } from '../../data/event'
import { deckCounts, lookupsIn } from '../../data/lookups'
import { mapPlaceOf } from '../../data/map-places'
import { partners } from '../../data/partners'
import { priorities } from '../../data/priorities'
import { DataError } from '../../data/problems'
import { projects } from '../../data/projects'
import { maxPartners } from '../../data/rules/capacity'
import { validateDeckData } from '../../data/validate'
import { deckData } from '../../data/vite-plugin'
import { runCheck } from '../../scripts/deck'

const asOf = '2019-05-13'
const root = fileURLToPath(new URL('../..', import.meta.url))

// Node has no current edition (the browser's is virtual:deck-edition): it reads each one explicitly
const en = editionOf(deck, 'en')
const fr = editionOf(deck, 'fr')
const { categoryOf, partnerByCode, priorityOf, projectById, projectsOfPartner, projectsOfPriority, partnersIn, partnerNames, counts } = lookupsIn(en)
const inFrench = lookupsIn(fr)

type Rec = Record<string, unknown>
interface MutableRaw { event: Rec, categories: Rec[], priorities: Rec[], partners: Rec[], projects: Rec[] }

/** A deep, freely mutable copy of the real raw data: each invalid case changes one thing. */
function rawData(): MutableRaw {
  return structuredClone({ event, categories, priorities, partners, projects }) as unknown as MutableRaw
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index]
  if (item === undefined)
    throw new Error(`no item ${index}`)
  return item
}

/** A record's localized text, `{ en, fr }`, to mutate one language of it. */
function localized(record: Rec, field: string): Rec {
  return record[field] as Rec
}

/** Every string of a language in the raw data: the localized texts read in that language. */
function textsIn(language: 'en' | 'fr'): string[] {
  const texts: string[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk)
    }
    else if (typeof value === 'object' && value !== null) {
      if ('en' in value && 'fr' in value)
        texts.push((value as Record<string, string>)[language]!)
      else
        Object.values(value).forEach(walk)
    }
  }
  walk(rawData())
  return texts
}

function dataErrorOf(raw: RawDeckData): DataError {
  try {
    validateDeckData(raw)
  }
  catch (error) {
    if (error instanceof DataError)
      return error
    throw error
  }
  throw new Error('expected a DataError, but the data passed')
}

/** The message must lead a reader to the file, the record and the field to fix. */
function expectProblem(raw: RawDeckData, file: string, record: string, field: string, message?: string): void {
  const error = dataErrorOf(raw)
  const line = error.message.split('\n').find(l => l.includes(`${file}: ${record}, field "${field}"`))
  expect(line, error.message).toBeDefined()
  if (message !== undefined)
    expect(line).toContain(message)
}

// A milestone date as a sortable string: "2019" < "2019-05" < "2019-05-13" < "2019-06"
const after = (date: string): boolean => date.slice(0, asOf.length) > asOf.slice(0, date.length)

describe('the real deck data', () => {
  it('passes validation', () => {
    expect(() => validateDeckData({ event, categories, priorities, partners, projects })).not.toThrow()
    expect(Object.isFrozen(deck.projects[0]?.milestones)).toBe(true)
  })

  it('merges the shared Japan–Germany projects and keeps both BepiColombo records', () => {
    expect(projectById('mascot')).toMatchObject({ factIds: ['JP1', 'DE2'], partners: ['JP', 'DE'] })
    expect(projectById('mmx-rover')).toMatchObject({ factIds: ['JP2', 'DE3'], partners: ['JP', 'DE'] })
    expect(projectById('bepicolombo').partners).toEqual(['JP'])
    expect(projectById('bepicolombo-phebus').partners).toEqual(['RU'])
  })

  it('gives every partner at least one project, and every project a partner', () => {
    for (const partner of deck.partners)
      expect(projectsOfPartner(partner.code).length, partner.code).toBeGreaterThanOrEqual(1)
  })

  it('marks no milestone after 13 May 2019 as achieved', () => {
    const late = deck.projects.flatMap(p => p.milestones.filter(m => !m.planned && after(m.date)).map(m => `${p.id} ${m.date}`))
    expect(late).toEqual([])
  })

  it('never presents a mission not launched by May 2019 as achieved', () => {
    const notLaunched = ['swot', 'svom', 'mars-2020-supercam', 'exomars', 'mmx-rover', 'merlin', 'change-6-dorn', 'trishna', 'c3iel', 'uae-hyperspectral-satellite']
    for (const id of notLaunched) {
      const project = projectById(id)
      expect(['in-development', 'in-study'], id).toContain(project.status)
      // ExoMars's 2016 orbiter did fly; its rover, carrying the CNES instruments, did not
      const flown = project.milestones.filter(m => !m.planned && (m.kind === 'launch' || m.kind === 'landing'))
      expect(flown.map(m => m.label), id).toEqual(id === 'exomars' ? [expect.stringContaining('Trace Gas Orbiter')] : [])
    }
    // Every project still to fly carries its plan, where the sheet reports one; the sheet gives no
    // launch date for TRISHNA, C3IEL or the UAE satellite, so none is invented for them
    for (const project of deck.projects.filter(p => p.status === 'in-development' || p.status === 'in-study')) {
      if (['trishna', 'c3iel', 'uae-hyperspectral-satellite'].includes(project.id))
        continue
      expect(project.milestones.some(m => m.planned), project.id).toBe(true)
    }
  })

  it('keeps planned milestones for what was still to come, and dates for what had happened', () => {
    for (const project of deck.projects) {
      for (const m of project.milestones.filter(m => m.planned))
        expect(after(m.date), `${project.id} ${m.date}`).toBe(true)
    }
  })

  it('notes a judgement for the editorial priority tags', () => {
    const judged = deck.projects.filter(p => p.priorityJudgement !== undefined).map(p => at(p.factIds, 0))
    expect(judged).toEqual(expect.arrayContaining(['RU1', 'JP4', 'AE2', 'MA1', 'VN1', 'IL3']))
  })

  it('gives the lookups the components use', () => {
    expect(partnerByCode('SG').counterparts).toBe('EDB (OSTIn), NTU')
    expect(categoryOf('new-entrant').name).toBe('New entrants')
    expect(priorityOf('climate').name).toBe('Climate')
    expect(projectsOfPriority('climate').length + projectsOfPriority('exploration').length + projectsOfPriority('innovation').length).toBe(deck.projects.length)
    expect(() => projectById('nope')).toThrow('"nope"')
    expect(() => partnerByCode('FR')).toThrow('"FR"')
    expect(() => projectsOfPartner('FR')).toThrow('"FR"')
  })

  it('finds a type\'s partners, a partner\'s projects of one priority, and a project\'s partners by name', () => {
    expect(partnersIn('new-entrant').map(p => p.code)).toEqual(deck.partners.filter(p => p.category === 'new-entrant').map(p => p.code))
    expect(projectsOfPartner('US', 'climate').map(p => p.id)).toEqual(['swot', 'jason-3'])
    expect(projectsOfPartner('SG', 'climate')).toEqual([])
    expect(() => projectsOfPartner('FR', 'climate')).toThrow('"FR"')
    expect(partnerNames(projectById('mascot'))).toEqual(['Japan', 'Germany'])
    expect(inFrench.partnerNames(inFrench.projectById('mascot'))).toEqual(['Japon', 'Allemagne'])
    // Computed once per edition: every component asking gets the same lookups.
    expect(lookupsIn(en)).toBe(lookupsIn(en))
    expect(lookupsIn(fr)).not.toBe(lookupsIn(en))
  })

  it('counts once, in data/lookups.ts: partners per type, projects per partner, priority and type', () => {
    // Counted here from the records, another way; the real figures are pinned in real-data-figures.test.ts
    const codesOf = (category: string) => new Set(deck.partners.filter(p => p.category === category).map(p => p.code))
    const byKey = <K extends string>(keys: readonly K[], count: (key: K) => number) => Object.fromEntries(keys.map(key => [key, count(key)]))
    expect(counts).toEqual({
      partners: deck.partners.length,
      projects: deck.projects.length,
      priorities: deck.priorities.length,
      partnersPerCategory: byKey(['leading', 'new-entrant'], c => codesOf(c).size),
      // A project shared within a type counts once for it
      projectsPerCategory: byKey(['leading', 'new-entrant'], c => deck.projects.filter(p => p.partners.some(code => codesOf(c).has(code))).length),
      projectsPerPriority: byKey(['climate', 'exploration', 'innovation'], id => deck.projects.filter(p => p.priority === id).length),
      projectsPerPartner: byKey(deck.partners.map(p => p.code), code => deck.projects.filter(p => p.partners.includes(code)).length),
    })
    for (const partner of en.partners)
      expect(counts.projectsPerPartner[partner.code], partner.code).toBe(projectsOfPartner(partner.code).length)
    // The same counts from the records in every language, as the scripts read them (data/deck.ts).
    expect(deckCounts(deck)).toEqual(counts)
    expect(inFrench.counts).toEqual(counts)
  })

  it('gives the French edition its French texts, and the same records', () => {
    expect(fr.locale).toBe('fr')
    expect(inFrench.partnerByCode('US').name).toBe('États-Unis')
    expect(inFrench.partnerByCode('AE')).toMatchObject({ name: 'Émirats arabes unis', shortName: 'EAU' })
    expect(inFrench.partnerByCode('VN').name).toBe('Viêt Nam')
    expect(inFrench.categoryOf('new-entrant').name).toBe('Nouveaux entrants')
    expect(inFrench.priorityOf('climate').name).toBe('Climat')
    expect(inFrench.projectById('insight-seis').name).toBe('InSight / sismomètre SEIS')
    expect(fr.event).toMatchObject({ name: 'Séminaire des affaires internationales du CNES', speakerRole: 'président du CNES', date: '2019-05-13' })
    // Ids, codes, dates and statuses do not depend on the language
    expect(fr.partners.map(p => p.code)).toEqual(en.partners.map(p => p.code))
    expect(fr.projects.map(p => [p.id, p.status, p.milestones.map(m => [m.date, m.planned])]))
      .toEqual(en.projects.map(p => [p.id, p.status, p.milestones.map(m => [m.date, m.planned])]))
    expect(fr.projects.filter(p => p.priorityJudgement !== undefined).map(p => p.id))
      .toEqual(en.projects.filter(p => p.priorityJudgement !== undefined).map(p => p.id))
  })

  it('writes French with French typography', () => {
    const texts = textsIn('fr')
    expect(texts.length).toBeGreaterThan(200)
    // A no-break space, never a plain one, before : ; ! ? and inside « »
    expect(texts.filter(t => / [:;!?»]|« /.test(t))).toEqual([])
    expect(texts.filter(t => /[^\u00A0][:;!?]|«[^\u00A0]|[^\u00A0]»/.test(t))).toEqual([])
    // English quotation marks and "rover" stay out of the French running text
    expect(texts.filter(t => /"|\brovers?\b/i.test(t))).toEqual([])
  })
})

describe('virtual:deck-edition (data/vite-plugin.ts)', () => {
  const call = <A extends unknown[], R>(hook: unknown, ...args: A): R => (hook as (this: unknown, ...args: A) => R).call({ addWatchFile: () => {} }, ...args)
  /** The plugin's module for an edition, as the browser build loads it. */
  function load(locale: 'en' | 'fr', dataModule?: string): Promise<string> {
    const plugin = deckData(locale, dataModule)
    const id = call<[string], string | null>(plugin.resolveId, 'virtual:deck-edition')
    expect(id).not.toBeNull()
    return call<[string], Promise<string>>(plugin.load, id!)
  }

  /** The plugin's module for an edition, and the edition it holds. */
  async function served(locale: 'en' | 'fr') {
    const code = await load(locale)
    const json = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(code)?.[1]
    expect(json, code.slice(0, 200)).toBeDefined()
    return { code, edition: JSON.parse(JSON.parse(json!) as string) as unknown }
  }

  it.each(['en', 'fr'] as const)('serves the %s edition of the validated records, in that language only, frozen, without zod', async (locale) => {
    const { code, edition } = await served(locale)
    expect(edition).toEqual(editionOf(deck, locale))
    expect(code).toContain('deepFreeze(')
    expect(code).not.toMatch(/zod|validate/)
  }, 30_000)

  it('stops on invalid data with the DataError\'s message alone: file, record and field, no stack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-data-'))
    try {
      const invalidDeck = join(dir, 'deck.ts')
      const data = (file: string) => JSON.stringify(join(root, 'data', file))
      writeFileSync(invalidDeck, [
        ...['categories', 'event', 'partners', 'priorities', 'projects'].map(name => `import { ${name} } from ${data(`${name}.ts`)}`),
        `import { validateDeckData } from ${data('validate.ts')}`,
        'export const deck = validateDeckData({ event, categories, priorities, partners, projects: [{ ...projects[0], partners: [\'XX\'] }, ...projects.slice(1)] })',
      ].join('\n'))
      const error = await load('en', invalidDeck).then(() => undefined, (error: unknown) => error as Error)
      expect(error?.message).toBe([
        'data/projects.ts: project "swot" (projects[0]), field "partners[0]": "XX" is not an ISO 3166-1 alpha-2 country code',
        '1 problem in the deck\'s data; nothing was rendered.',
      ].join('\n'))
      expect(error?.stack).toBe(error?.message)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)

  it('resolves nothing else', () => {
    const resolveId = deckData('en').resolveId as (this: unknown, source: string) => string | null
    expect(resolveId.call({}, './data/deck.ts')).toBeNull()
  })
})

describe('the data flows one way: data/ → i18n/ → charts/ → composables/ → components/', () => {
  /** What each file of a folder imports, `import type` included. */
  function importsIn(folder: string): { file: string, source: string, typeOnly: boolean }[] {
    return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter(file => /\.(?:ts|vue)$/.test(file))
      .flatMap((file) => {
        const text = readFileSync(join(root, folder, file), 'utf8')
        return [...text.matchAll(/^import (type )?[^'"]*?from '([^']+)'/gm)].map(match => ({ file: `${folder}/${file}`, source: match[2]!, typeOnly: match[1] !== undefined }))
      })
  }
  const names = (found: { file: string, source: string }[]) => found.map(({ file, source }) => `${file} imports ${source}`)

  it('data/ reads nothing downstream: only the list of languages from i18n/', () => {
    const imports = importsIn('data')
    expect(imports.length).toBeGreaterThan(10)
    expect(names(imports.filter(({ source }) => /(?:^|\/)(?:i18n|charts|composables|components)\//.test(source) && !source.endsWith('i18n/locales')))).toEqual([])
    expect(names(imports.filter(({ source }) => source.startsWith('virtual:')))).toEqual([])
  })

  it('i18n/ takes the edition from virtual:deck-edition, and only types from data/', () => {
    const imports = importsIn('i18n')
    expect(names(imports.filter(({ source, typeOnly }) => /(?:^|\/)(?:data|charts|composables|components)(?:\/|$)/.test(source) && !typeOnly))).toEqual([])
    expect(imports.filter(({ source }) => source === 'virtual:deck-edition').map(({ file }) => file)).toEqual(['i18n/index.ts'])
  })

  it('charts/ are plain modules: no Vue, no Slidev, no current edition', () => {
    const imports = importsIn('charts')
    expect(imports.length).toBeGreaterThan(10)
    expect(names(imports.filter(({ source }) => /^(?:vue|@slidev|@vueuse|virtual:)|(?:^|\/)(?:composables|components)\/|\.\.\/i18n$/.test(source)))).toEqual([])
  })
})

describe('the ISO 3166-1 alpha-2 list', () => {
  it('holds exactly the 249 assigned codes and no user-assigned or reserved one', () => {
    expect(iso3166Alpha2.size).toBe(249)
    for (const code of ['FR', 'US', 'AE', 'SS', 'CW', 'AX'])
      expect(isIso3166Alpha2(code), code).toBe(true)
    for (const code of ['XK', 'EU', 'UK', 'ZZ', 'XX', 'AA', 'QZ', 'AN', 'fr', 'FRA', ''])
      expect(isIso3166Alpha2(code), code).toBe(false)
  })

  it('gives each country its numeric code, its names and a place on the map: a shape, or a point where 1:110m has none', () => {
    expect(countryOf('SG')).toMatchObject({ alpha2: 'SG', numeric: '702', name: { en: 'Singapore', fr: 'Singapour' } })
    expect(mapPlaceOf('BR')).toMatchObject({ kind: 'shape', id: '076' })
    expect(mapPlaceOf('MU')).toMatchObject({ kind: 'point' })
    expect(mapPlaceOf('AQ')).toBeUndefined() // the map leaves Antarctica out
    for (const code of iso3166Alpha2) {
      if (code !== 'AQ')
        expect(mapPlaceOf(code), code).toBeDefined()
    }
  })
})

describe('invalid data throws a DataError naming file, record and field', () => {
  it('unknown category', () => {
    const raw = rawData()
    at(raw.partners, 0).category = 'emerging'
    expectProblem(raw, 'data/partners.ts', 'partner "US" (partners[0])', 'category')
  })

  it('unknown priority', () => {
    const raw = rawData()
    at(raw.projects, 0).priority = 'defence'
    expectProblem(raw, 'data/projects.ts', 'project "swot" (projects[0])', 'priority')
  })

  it('missing name', () => {
    const raw = rawData()
    delete at(raw.partners, 1).name
    delete at(raw.projects, 2).name
    expectProblem(raw, 'data/partners.ts', 'partner "CN" (partners[1])', 'name')
    expectProblem(raw, 'data/projects.ts', 'project "insight-seis" (projects[2])', 'name')
  })

  it('empty name', () => {
    const raw = rawData()
    localized(at(raw.projects, 3), 'name').fr = '   '
    localized(at(raw.categories, 0), 'name').en = ''
    expectProblem(raw, 'data/projects.ts', 'project "mars-2020-supercam" (projects[3])', 'name.fr', 'must not be empty')
    expectProblem(raw, 'data/categories.ts', 'category "leading" (categories[0])', 'name.en', 'must not be empty')
  })

  it('a name that is a plain string instead of one text per language', () => {
    const raw = rawData()
    at(raw.partners, 2).name = 'Russia'
    raw.event.title = 'CNES and international partnerships'
    expectProblem(raw, 'data/partners.ts', 'partner "RU" (partners[2])', 'name')
    expectProblem(raw, 'data/event.ts', 'event', 'title')
  })

  it('missing French translation', () => {
    const raw = rawData()
    delete localized(at(raw.projects, 0), 'name').fr
    delete localized(at(at(raw.projects, 0).milestones as Rec[], 1), 'label').fr
    delete localized(raw.event, 'speakerRole').fr
    expectProblem(raw, 'data/projects.ts', 'project "swot" (projects[0])', 'name.fr')
    expectProblem(raw, 'data/projects.ts', 'project "swot" (projects[0])', 'milestones[1].label.fr')
    expectProblem(raw, 'data/event.ts', 'event', 'speakerRole.fr')
  })

  it('an unknown language', () => {
    const raw = rawData()
    localized(at(raw.partners, 0), 'name').de = 'Vereinigte Staaten'
    localized(at(raw.priorities, 0), 'description').fr_CA = 'Climat'
    expectProblem(raw, 'data/partners.ts', 'partner "US" (partners[0])', 'name.de', 'unknown field; the fields are "en", "fr"')
    expectProblem(raw, 'data/priorities.ts', 'priority "climate" (priorities[0])', 'description.fr_CA', 'unknown field')
  })

  it('two partners with the same French name', () => {
    const raw = rawData()
    // The English names still differ: each language must name the partners apart
    localized(at(raw.partners, 1), 'name').fr = 'États-Unis'
    expectProblem(raw, 'data/partners.ts', 'partner "CN" (partners[1])', 'name.fr', 'duplicates partner "US" (partners[0])')
    const error = dataErrorOf(raw)
    expect(error.problems.filter(p => p.field === 'name.en')).toEqual([])
  })

  it('a French short name too long for a chart label', () => {
    const raw = rawData()
    localized(at(raw.partners, 6), 'shortName').fr = 'Émirats arabes unis'
    localized(at(raw.projects, 0), 'shortName').fr = 'Surface Water and Ocean Topography'
    expectProblem(raw, 'data/partners.ts', 'partner "AE" (partners[6])', 'shortName.fr', 'must be at most 14 characters')
    expectProblem(raw, 'data/projects.ts', 'project "swot" (projects[0])', 'shortName.fr', 'must be at most 24 characters')
  })

  it('duplicate project id', () => {
    const raw = rawData()
    at(raw.projects, 1).id = 'swot'
    expectProblem(raw, 'data/projects.ts', 'project "swot" (projects[1])', 'id', 'duplicates project "swot" (projects[0])')
  })

  it('duplicate partner code', () => {
    const raw = rawData()
    at(raw.partners, 1).code = 'US'
    expectProblem(raw, 'data/partners.ts', 'partner "US" (partners[1])', 'code', 'duplicates partner "US" (partners[0])')
  })

  it('points at the right row when an earlier record is itself invalid', () => {
    const raw = rawData()
    at(raw.projects, 0).priority = 'defence'
    at(raw.projects, 2).id = 'jason-3'
    expectProblem(raw, 'data/projects.ts', 'project "jason-3" (projects[2])', 'id', 'duplicates project "jason-3" (projects[1])')
  })

  it.each(['XX', 'ZZ'])('unknown country code %s', (code) => {
    const raw = rawData()
    at(raw.partners, 10).code = code
    at(raw.projects, 0).partners = [code]
    expectProblem(raw, 'data/partners.ts', `partner "${code}" (partners[10])`, 'code', `"${code}" is not an ISO 3166-1 alpha-2 country code`)
    expectProblem(raw, 'data/projects.ts', 'project "swot" (projects[0])', 'partners[0]', `"${code}" is not an ISO 3166-1 alpha-2 country code`)
  })

  it('a project naming a country that is not a partner', () => {
    const raw = rawData()
    at(raw.projects, 16).partners = ['JP', 'FR']
    expectProblem(raw, 'data/projects.ts', 'project "mascot" (projects[16])', 'partners[1]', '"FR" is not a partner listed in data/partners.ts')
  })

  it.each(['2019-13-01', '13/05/2019', '2019-02-30'])('malformed date %s', (date) => {
    const raw = rawData()
    const milestone = at(at(raw.projects, 0).milestones as Rec[], 0)
    milestone.date = date
    raw.event.date = date
    expectProblem(raw, 'data/projects.ts', 'project "swot" (projects[0])', 'milestones[0].date')
    expectProblem(raw, 'data/event.ts', 'event', 'date')
  })

  it.each(['not a url', 'ftp://x'])('malformed URL %s', (url) => {
    const raw = rawData()
    at(raw.projects, 5).sources = ['https://svom.cnes.fr/en/SVOM/index.htm', url]
    raw.event.source = url
    expectProblem(raw, 'data/projects.ts', 'project "svom" (projects[5])', 'sources[1]', 'must be an http(s) URL')
    expectProblem(raw, 'data/event.ts', 'event', 'source', 'must be an http(s) URL')
  })

  it.each(['categories', 'priorities', 'partners', 'projects'] as const)('empty list of %s', (collection) => {
    const raw = rawData()
    raw[collection] = []
    expectProblem(raw, `data/${collection}.ts`, collection, '(list)', 'must not be empty')
  })

  it('a partner the map cannot place', () => {
    const raw = rawData()
    raw.partners.push({ code: 'AQ', name: { en: 'Antarctica', fr: 'Antarctique' }, category: 'new-entrant', counterparts: { en: 'IPEV', fr: 'IPEV' } })
    at(raw.projects, 0).partners = ['US', 'AQ']
    expectProblem(raw, 'data/partners.ts', `partner "AQ" (partners[${partners.length}])`, 'code', 'the partner map cannot place it: the partner map leaves "AQ" (Antarctica) out of its extent')
  })

  it('more partners than the charts fit', () => {
    const raw = rawData()
    const listed = new Set(partners.map(p => p.code))
    const extra = [...iso3166Alpha2].filter(code => !listed.has(code) && code !== 'FR' && code !== 'AQ').slice(0, maxPartners + 1 - partners.length)
    raw.partners.push(...extra.map(code => ({ code, name: { en: `Country ${code}`, fr: `Pays ${code}` }, category: 'new-entrant', counterparts: { en: 'Agency', fr: 'Agence' } })))
    at(raw.projects, 0).partners = ['US', ...extra]
    expectProblem(raw, 'data/partners.ts', 'partners', '(list)', `lists ${maxPartners + 1} partners; the map, the bars, the matrix and the timeline fit at most ${maxPartners}`)
    raw.partners.pop()
    at(raw.projects, 0).partners = ['US', ...extra.slice(0, -1)]
    expect(() => validateDeckData(raw as unknown as RawDeckData)).not.toThrow()
  })

  it('missing category record', () => {
    const raw = rawData()
    raw.categories = raw.categories.filter(c => c.id !== 'new-entrant')
    expectProblem(raw, 'data/categories.ts', 'categories', 'id', 'has no record for "new-entrant"')
  })
})

describe('scripts/deck.ts check data', () => {
  const ofType = (category: string) => deck.partners.filter(p => p.category === category).length
  const summaryOfTheData = `data OK: ${deck.partners.length} partners (${ofType('leading')} leading, ${ofType('new-entrant')} new entrants), ${deck.projects.length} projects, ${deck.priorities.length} priorities`
  it('runCheck summarises good data and reports bad data with exit code 1', () => {
    expect(runCheck({ event, categories, priorities, partners, projects })).toEqual({ exitCode: 0, output: summaryOfTheData })
    const raw = rawData()
    at(raw.projects, 0).priority = 'defence'
    const result = runCheck(raw)
    expect(result.exitCode).toBe(1)
    expect(result.output).toContain('data/projects.ts: project "swot" (projects[0]), field "priority"')
  })

  it('runCheck rethrows anything that is not a data error', () => {
    const raw = rawData()
    Object.defineProperty(raw, 'projects', {
      get: () => {
        throw new TypeError('boom')
      },
    })
    expect(() => runCheck(raw)).toThrow(TypeError)
  })

  it('exits 0 with the summary when run as a CLI on the real data', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/deck.ts', 'check', 'data'], { cwd: root, encoding: 'utf8' })
    expect(output.trim()).toBe(summaryOfTheData)
  }, 30_000)
})
