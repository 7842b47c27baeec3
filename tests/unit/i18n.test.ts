/**
 * The deck's languages (i18n/): every UI message exists in every language and is translated, dates,
 * counts and lists are written the way each language writes them, and each edition links to the
 * other under any base path.
 */
import type { Messages } from '../../i18n/messages'
import { describe, expect, it, vi } from 'vitest'
import { editionHref, editionList, editionOfEntry, editions } from '../../i18n/editions'
import { locales } from '../../i18n/locales'
import { messages, wordsIn } from '../../i18n/messages'

// The browser's edition (data/vite-plugin.ts serves it in the deck), here the French one: the
// components' words follow its language.
vi.mock('virtual:deck-edition', async () => {
  const { deck } = await import('../../data/deck')
  const { editionOf } = await import('../../data/edition')
  return { edition: editionOf(deck, 'fr') }
})
// Its dates as the build writes them (setup/dates-written.ts).
vi.mock('virtual:deck-dates-written', async () => {
  const { deck } = await import('../../data/deck')
  const { editionOf } = await import('../../data/edition')
  const { datesWrittenIn } = await import('../../i18n/dates-written')
  return { datesWritten: datesWrittenIn(editionOf(deck, 'fr')) }
})

type Leaf = string | ((...args: never[]) => string)

/** Every message of a table, by its path ("map.caption"), functions included. */
function leaves(table: object, prefix = ''): [string, Leaf][] {
  return Object.entries(table).flatMap(([key, value]): [string, Leaf][] =>
    typeof value === 'object' && value !== null ? leaves(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, value as Leaf]])
}

/**
 * What each message function is called with to compare the languages: a message added to
 * i18n/messages.ts needs its arguments here (a test below says so).
 */
const probes: Record<string, unknown[]> = {
  'labelled': ['Climate', '4 projects'],
  'clauses': [['a', 'b']],
  'projects': [2],
  'cooperationProjects': [2],
  'detailsAsOf': [3, '13 May 2019'],
  'withPartners': [['Japan', 'Germany']],
  'cnesWith': [['Japan', 'Germany']],
  'statusAsOfSources': ['13 May 2019', 'nasa.gov'],
  'slide': [4],
  'presenterTitle': ['4. Title'],
  'reading.title': ['Title'],
  'reading.events': [3],
  'exports.subject': ['Seminar', 'Paris', '13 May 2019'],
  'exports.handoutTitle': ['Title'],
  'exports.slideOf': [4, 10],
  'map.hatched': ['Name'],
  'map.caption': ['13 May 2019'],
  'categoriesChart.panelCount': [6, 20],
  'categoriesChart.caption': ['13 May 2019'],
  'matrix.caption': ['13 May 2019'],
  'timeline.event': ['Kind', true, 'Label'],
  'timeline.summary': [{ firstYear: 1966, asOf: '13 May 2019', agreements: 10, launches: 12, landings: 2, sinceYear: 2014, since: 9, planned: 'SWOT (2021)' }],
  'timeline.key': ['13 May 2019'],
}

/**
 * Messages that are the same words in English and in French, each on purpose. Anything else the
 * same in both languages is a message left untranslated.
 */
const sameInBothLanguages = new Map([
  // A column heading: "Date" is French too.
  ['columns.date', 'Date'],
  // The hub of the map is the country itself.
  ['map.hub', 'France'],
  // Not words: the language of the link to the other edition's label, French in both editions
  // ("Version française", "Version en anglais").
  ['otherEdition.labelLang', 'fr'],
])

function say(leaf: Leaf, path: string): string {
  if (typeof leaf === 'string')
    return leaf
  const args = probes[path]
  if (args === undefined)
    throw new Error(`tests/unit/i18n.test.ts has no arguments to call the message "${path}" with: add them to \`probes\``)
  return (leaf as (...args: unknown[]) => string)(...args)
}

describe('the UI messages', () => {
  const tables = Object.fromEntries(locales.map(locale => [locale, leaves(wordsIn(locale).ui)])) as Record<string, [string, Leaf][]>

  it('exist for every language, with the same keys', () => {
    expect(Object.keys(messages).sort()).toEqual([...locales].sort())
    const english = tables.en!.map(([path]) => path)
    for (const locale of locales)
      expect(tables[locale]!.map(([path]) => path), locale).toEqual(english)
  })

  it('are each a text, or a function giving one', () => {
    for (const locale of locales) {
      for (const [path, leaf] of tables[locale]!) {
        const said = say(leaf, path)
        expect(typeof said, `${locale}: ${path}`).toBe('string')
        expect(said.trim(), `${locale}: ${path}`).not.toBe('')
      }
    }
  })

  it('are all translated: no French message is its English one, but for a few words French shares', () => {
    const french = new Map(tables.fr)
    const untranslated = tables.en!
      .map(([path, leaf]) => [path, say(leaf, path), say(french.get(path)!, path)] as const)
      .filter(([path, english, inFrench]) => english === inFrench && sameInBothLanguages.get(path) !== inFrench)
      .map(([path, english]) => `${path}: "${english}"`)
    expect(untranslated).toEqual([])
    // The exceptions are still true: each is the same in both, as listed.
    for (const [path, words] of sameInBothLanguages) {
      expect(say(new Map(tables.en).get(path)!, path), path).toBe(words)
      expect(say(french.get(path)!, path), path).toBe(words)
    }
  })

  it('name every kind of event and every status in each language', () => {
    const keysOf = (ui: Messages) => [Object.keys(ui.status).sort(), Object.keys(ui.timeline.kinds).sort()]
    expect(keysOf(wordsIn('fr').ui)).toEqual(keysOf(wordsIn('en').ui))
  })
})

describe('the components\' words (i18n/index.ts)', () => {
  it('are in the language of the edition being built (virtual:deck-edition)', async () => {
    const { locale, format, ui } = await import('../../i18n')
    expect(locale).toBe('fr')
    expect(ui.close).toBe('Fermer')
    expect(format.date('2019-05-13')).toBe('13 mai 2019')
    // The one set of words of that language, the charts' layouts' too.
    expect(ui).toBe(wordsIn('fr').ui)
    expect(format).toBe(wordsIn('fr').format)
  })

  it('write the deck\'s own dates without making a date formatter (virtual:deck-dates-written), and any other date with one', async () => {
    // A page's first load: no formatter of the language made yet by this file's other tests.
    vi.resetModules()
    const { format } = await import('../../i18n')
    const made = vi.spyOn(Intl, 'DateTimeFormat')
    try {
      expect(format.date('2019-05-13')).toBe('13 mai 2019')
      expect(made).not.toHaveBeenCalled()
      expect(format.date('2019-05-14')).toBe('14 mai 2019')
      expect(made).toHaveBeenCalledOnce()
    }
    finally {
      made.mockRestore()
    }
  })
})

describe('the formatters', () => {
  const en = wordsIn('en').format
  const fr = wordsIn('fr').format

  it('write a date at the precision the data gives it, in each language', () => {
    expect(fr.date('2019-05-13')).toBe('13 mai 2019')
    expect(fr.date('2019-05')).toBe('mai 2019')
    expect(fr.date('2019')).toBe('2019')
    expect(en.date('2019-05-13')).toBe('13 May 2019')
    expect(en.date('2019-05')).toBe('May 2019')
    expect(en.date('2019')).toBe('2019')
    // The first of a month is a day like any other, not a month-only date.
    expect(fr.date('2019-05-01')).toBe('1 mai 2019')
  })

  it('refuse a date that is not YYYY[-MM[-DD]]', () => {
    expect(() => fr.date('mai')).toThrow(/not a YYYY\[-MM\[-DD\]\] date/)
  })

  it('join lists with the language\'s conjunction', () => {
    expect(fr.list(['Japon', 'Allemagne'])).toBe('Japon et Allemagne')
    expect(en.list(['Japan', 'Germany'])).toBe('Japan and Germany')
    expect(fr.list(['Japon'])).toBe('Japon')
  })

  it('count with the noun in the form the number takes: French singular for 0 and 1, English for 1 only', () => {
    expect(fr.count(0, 'projet', 'projets')).toBe('0 projet')
    expect(fr.count(1, 'projet', 'projets')).toBe('1 projet')
    expect(fr.count(2, 'projet', 'projets')).toBe('2 projets')
    expect(en.count(0, 'project', 'projects')).toBe('0 projects')
    expect(en.count(1, 'project', 'projects')).toBe('1 project')
    expect(en.count(2, 'project', 'projects')).toBe('2 projects')
    expect(wordsIn('fr').ui.projects(0)).toBe('0 projet')
    expect(wordsIn('en').ui.projects(1)).toBe('1 project')
  })
})

describe('editionHref', () => {
  it.each([
    ['/', '/fr/', '/'],
    ['/seminar/', '/seminar/fr/', '/seminar/'],
  ])('under the base %s, links English to %s and French back to %s', (site, french, english) => {
    expect(editionHref('en', 'fr', site)).toBe(french)
    expect(editionHref('fr', 'en', french)).toBe(english)
    // And to itself.
    expect(editionHref('en', 'en', site)).toBe(site)
    expect(editionHref('fr', 'fr', french)).toBe(french)
  })

  it('refuses a base that is not the edition\'s own folder', () => {
    expect(() => editionHref('fr', 'en', '/seminar/')).toThrow('editionHref: base "/seminar/" does not end with the fr edition\'s folder "fr/"')
    expect(() => editionHref('en', 'fr', '/seminar')).toThrow(/does not end with the en edition's folder/)
  })
})

describe('the editions', () => {
  it('are English at the site\'s root and French in fr/, one Slidev entry each', () => {
    expect(editionList.map(({ locale, entry, path }) => ({ locale, entry, path }))).toEqual([
      { locale: 'en', entry: 'slides.md', path: '' },
      { locale: 'fr', entry: 'slides.fr.md', path: 'fr/' },
    ])
    expect(editionList.map(edition => edition.locale).sort()).toEqual([...locales].sort())
  })

  it('are found by their entry, and an unknown entry is an error', () => {
    expect(editionOfEntry('/deck/slides.fr.md')).toBe(editions.fr)
    expect(editionOfEntry('slides.md')).toBe(editions.en)
    expect(() => editionOfEntry('slides.de.md')).toThrow(/slides\.de\.md is not one of the deck's editions/)
  })
})

describe('the dates the build writes (i18n/dates-written.ts)', () => {
  it('are the deck\'s own dates (the seminar\'s, the as-of date) in each edition, written as the language\'s formatter writes them', async () => {
    const { deck } = await import('../../data/deck')
    const { editionOf } = await import('../../data/edition')
    const { datesWrittenIn } = await import('../../i18n/dates-written')
    for (const locale of locales) {
      const edition = editionOf(deck, locale)
      const written = datesWrittenIn(edition)
      expect(Object.keys(written).sort()).toEqual([...new Set([edition.event.date, edition.event.asOf])].sort())
      for (const [date, text] of Object.entries(written))
        expect(text, date).toBe(wordsIn(locale).format.date(date))
    }
    expect(datesWrittenIn(editionOf(deck, 'en'))['2019-05-13']).toBe('13 May 2019')
  })
})
