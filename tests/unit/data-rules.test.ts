/**
 * Each check across records (data/rules/), on the real data with one thing changed: the problem it
 * reports, and none when the field it needs failed its own schema (that would be a knock-on error).
 */
import type { RawDeckData } from '../../data/validate'
import { describe, expect, it } from 'vitest'
import { categories } from '../../data/categories'
import { event } from '../../data/event'
import { partners } from '../../data/partners'
import { priorities } from '../../data/priorities'
import { problemLine } from '../../data/problems'
import { projects } from '../../data/projects'
import { deckRules } from '../../data/rules'
import { everyCategoryHasARecord, everyCategoryHasPartners, everyPartnerHasAProject, everyPriorityHasARecord, everyPriorityIsUsed } from '../../data/rules/coverage'
import { milestonesAgreeWithAsOf, periodAgainstDay } from '../../data/rules/milestone-dates'
import { projectPartnersAreListed, projectPartnersNamedOnce } from '../../data/rules/references'
import { uniqueFactIds, uniqueIds, uniqueNamesPerLanguage } from '../../data/rules/unique'
import { checkSchemas } from '../../data/validate'

type Rec = Record<string, unknown>
interface Raw { event: Rec, categories: Rec[], priorities: Rec[], partners: Rec[], projects: Rec[] }

/** A mutable copy of the real raw data, changed by `change`, and what a rule says about it. */
function lines(rule: (typeof deckRules)[number], change: (raw: Raw) => void): string[] {
  const raw = structuredClone({ event, categories, priorities, partners, projects }) as unknown as Raw
  change(raw)
  return rule(checkSchemas(raw as unknown as RawDeckData).deck).map(problemLine)
}

function project(raw: Raw, id: string): Rec {
  return raw.projects.find(p => p.id === id)!
}

function milestone(raw: Raw, id: string, index: number): Rec {
  return (project(raw, id).milestones as Rec[])[index]!
}

const swot = 'data/projects.ts: project "swot" (projects[0])'
const jason3 = 'data/projects.ts: project "jason-3" (projects[1])'

describe('every rule on the real data', () => {
  it.each(deckRules.map(rule => [rule.name, rule] as const))('%s finds nothing', (_, rule) => {
    expect(lines(rule, () => {})).toEqual([])
  })
})

describe('uniqueIds', () => {
  it('names the later record and the one it duplicates', () => {
    expect(lines(uniqueIds, (raw) => {
      project(raw, 'jason-3').id = 'swot'
      raw.partners[1]!.code = 'US'
    })).toEqual([
      'data/partners.ts: partner "US" (partners[1]), field "code": duplicates partner "US" (partners[0])',
      'data/projects.ts: project "swot" (projects[1]), field "id": duplicates project "swot" (projects[0])',
    ])
  })
})

describe('uniqueNamesPerLanguage', () => {
  it('finds a name used twice in one language, by kind of record', () => {
    expect(lines(uniqueNamesPerLanguage, (raw) => {
      (project(raw, 'jason-3').name as Rec).fr = 'SWOT';
      (raw.priorities[1]!.name as Rec).en = 'Climate'
    })).toEqual([
      'data/priorities.ts: priority "exploration" (priorities[1]), field "name.en": duplicates priority "climate" (priorities[0])',
      `${jason3}, field "name.fr": duplicates project "swot" (projects[0])`,
    ])
  })

  it('lets records of different kinds share a name', () => {
    expect(lines(uniqueNamesPerLanguage, (raw) => {
      (project(raw, 'swot').name as Rec).en = 'Climate'
    })).toEqual([])
  })
})

describe('uniqueFactIds', () => {
  it('finds a fact on two projects, and a fact named twice by one', () => {
    expect(lines(uniqueFactIds, (raw) => {
      project(raw, 'jason-3').factIds = ['US1']
      project(raw, 'insight-seis').factIds = ['US3', 'US3']
    })).toEqual([
      `${jason3}, field "factIds[0]": "US1" is already a fact of project "swot" (projects[0])`,
      'data/projects.ts: project "insight-seis" (projects[2]), field "factIds[1]": names "US3" twice',
    ])
  })
})

describe('everyCategoryHasARecord, everyPriorityHasARecord', () => {
  it('finds a kind with no record', () => {
    expect(lines(everyCategoryHasARecord, (raw) => {
      raw.categories.pop()
    })).toEqual(['data/categories.ts: categories, field "id": has no record for "new-entrant"'])
    expect(lines(everyPriorityHasARecord, (raw) => {
      raw.priorities.shift()
    })).toEqual(['data/priorities.ts: priorities, field "id": has no record for "climate"'])
  })

  it('says nothing when a record\'s id failed its schema: that record may be the one', () => {
    expect(lines(everyCategoryHasARecord, (raw) => {
      raw.categories[1]!.id = 'new-entrants'
    })).toEqual([])
  })
})

describe('everyCategoryHasPartners', () => {
  it('finds a type of partner with no partner', () => {
    expect(lines(everyCategoryHasPartners, (raw) => {
      for (const partner of raw.partners) partner.category = 'leading'
    })).toEqual(['data/categories.ts: category "new-entrant" (categories[1]), field "id": no partner in data/partners.ts is of this type'])
  })

  it('says nothing when a partner\'s type failed its schema', () => {
    expect(lines(everyCategoryHasPartners, (raw) => {
      for (const partner of raw.partners) partner.category = partner.category === 'new-entrant' ? 'leading' : partner.category
      raw.partners[0]!.category = 'emerging'
    })).toEqual([])
  })
})

describe('everyPartnerHasAProject', () => {
  it('finds a partner no project names', () => {
    expect(lines(everyPartnerHasAProject, (raw) => {
      raw.projects = raw.projects.filter(p => !(p.partners as string[]).includes('IL'))
    })).toEqual(['data/partners.ts: partner "IL" (partners[10]), field "code": no project in data/projects.ts names "IL" among its partners'])
  })

  it('says nothing when a project\'s partners failed their schema', () => {
    expect(lines(everyPartnerHasAProject, (raw) => {
      raw.projects = raw.projects.filter(p => !(p.partners as string[]).includes('IL'))
      project(raw, 'swot').partners = ['US', 'il']
    })).toEqual([])
  })
})

describe('everyPriorityIsUsed', () => {
  it('finds a priority no project has', () => {
    expect(lines(everyPriorityIsUsed, (raw) => {
      for (const p of raw.projects) p.priority = p.priority === 'innovation' ? 'climate' : p.priority
    })).toEqual(['data/priorities.ts: priority "innovation" (priorities[2]), field "id": no project in data/projects.ts has the priority "innovation"'])
  })
})

describe('projectPartnersAreListed, projectPartnersNamedOnce', () => {
  it('finds a country that is not a partner, and a partner named twice', () => {
    expect(lines(projectPartnersAreListed, (raw) => {
      project(raw, 'swot').partners = ['US', 'FR']
    })).toEqual([`${swot}, field "partners[1]": "FR" is not a partner listed in data/partners.ts`])
    expect(lines(projectPartnersNamedOnce, (raw) => {
      project(raw, 'swot').partners = ['US', 'US']
    })).toEqual([`${swot}, field "partners[1]": names "US" twice`])
  })

  it('says nothing about the projects of a partner whose record failed its schema', () => {
    expect(lines(projectPartnersAreListed, (raw) => {
      raw.partners[7]!.category = 'emerging'
    })).toEqual([])
    expect(lines(projectPartnersAreListed, (raw) => {
      raw.partners[7]!.code = 'SGP'
    })).toEqual([])
  })
})

describe('milestonesAgreeWithAsOf', () => {
  it('places a partial date against a day as the period it stands for', () => {
    expect(['2019', '2019-05', '2019-05-13', '2019-05-12', '2019-05-14', '2019-04', '2019-06', '2018', '2020'].map(date => periodAgainstDay(date, '2019-05-13')))
      .toEqual(['contains', 'contains', 'contains', 'before', 'after', 'before', 'after', 'before', 'after'])
  })

  it('refuses an achieved milestone after the as-of date, and a planned one before it', () => {
    expect(lines(milestonesAgreeWithAsOf, (raw) => {
      milestone(raw, 'swot', 1).planned = false
      milestone(raw, 'jason-3', 0).planned = true
    })).toEqual([
      `${swot}, field "milestones[1].planned": false, but its date "2021" is after the as-of date 2019-05-13 (data/event.ts): a milestone still to come is planned: true`,
      `${jason3}, field "milestones[0].planned": true, but its date "2016-01-17" is before the as-of date 2019-05-13 (data/event.ts): an achieved milestone is planned: false`,
    ])
  })

  it.each([
    ['2019', true, []],
    ['2019', false, []],
    ['2019-05', false, []],
    ['2019-06', false, ['after']],
    ['2019-04', true, ['before']],
    ['2019-05-14', false, ['after']],
    ['2019-05-13', true, []],
  ] as const)('a milestone dated "%s", planned %s', (date, planned, found) => {
    const problems = lines(milestonesAgreeWithAsOf, (raw) => {
      Object.assign(milestone(raw, 'jason-3', 0), { date, planned })
    })
    expect(problems.map(line => /is (after|before) the as-of date/.exec(line)?.[1])).toEqual(found)
  })

  it('checks against the as-of date of data/event.ts, and says nothing when it is invalid', () => {
    expect(lines(milestonesAgreeWithAsOf, (raw) => {
      raw.event.asOf = '2014-01-01'
    }).length).toBeGreaterThan(5)
    expect(lines(milestonesAgreeWithAsOf, (raw) => {
      raw.event.asOf = '2019-05'
      milestone(raw, 'swot', 1).planned = false
    })).toEqual([])
  })
})
