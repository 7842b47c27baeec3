/** The components' words in English. */
import type { Formatters } from './format'
import type { Messages } from './messages'

export function english({ count, list }: Formatters): Messages {
  return {
    otherEdition: { label: 'Version française', labelLang: 'fr', lang: 'fr' },
    labelled: (label, value) => `${label}: ${value}`,
    clauses: items => items.join('; '),
    projects: n => count(n, 'project', 'projects'),
    cooperationProjects: n => count(n, 'cooperation project', 'cooperation projects'),
    status: {
      'operating': 'Operating',
      'completed': 'Completed',
      'in-force': 'In force',
      'in-development': 'In development',
      'in-study': 'In study',
    },
    planned: 'planned',
    plannedTag: 'Planned',
    dataTable: 'Data table',
    close: 'Close',
    closeDetails: 'Close the details',
    detailsAsOf: (projects, asOf) => `${count(projects, 'project', 'projects')}, status as of ${asOf}`,
    withPartners: partners => `with ${list(partners)}`,
    source: 'Source:',
    cnesWith: partners => `CNES with ${list(partners)}`,
    statusAsOfSources: (asOf, hosts) => `Status as of ${asOf}. Sources: ${hosts}`,
    summary: { partnerCountries: 'partner countries', cooperationProjects: 'cooperation projects', priorities: 'priorities' },
    slide: no => `Slide ${no}`,
    presenterTitle: slide => `Presenter: ${slide}`,
    hostedNotes: {
      heading: 'The speaker notes are not in the hosted deck.',
      where: 'They are in the handout (the PDF with the speaker notes), and here in presenter mode when the deck runs on your laptop with npm run dev.',
    },
    deckUpdate: {
      available: 'A newer version of this deck has been published.',
      show: 'Show the new version',
      later: 'Later',
    },
    exports: {
      subject: (eventName, venue, date) => `Opening presentation of the ${eventName}, ${venue}, ${date}`,
      handoutTitle: deckTitle => `${deckTitle}: handout with speaker notes`,
      slideOf: (no, total) => `Slide ${no} of ${total}`,
      speakerNotes: 'Speaker notes',
    },
    columns: { country: 'Country', partnerType: 'Type of partner', cooperationProjects: 'Cooperation projects', date: 'Date', partner: 'Partner', project: 'Project', event: 'Event' },
    map: {
      title: 'Map of CNES\'s partner countries, by type of partner',
      summaryIntro: 'France, with CNES in Paris, at the centre of its partnerships.',
      tableCaption: 'CNES\'s partner countries, their type and their number of cooperation projects',
      hint: 'Select a country or its name to list its projects.',
      hub: 'France',
      hubLegend: 'France: CNES, Paris',
      unplaced: 'Not on the map',
      hatched: name => `${name} (hatched)`,
      caption: asOf => `Cooperation projects reviewed in this deck, as of ${asOf}. Boundaries: Natural Earth.`,
    },
    categoriesChart: {
      title: 'CNES\'s partner countries by type, with their number of cooperation projects',
      tableCaption: 'CNES\'s partner countries by type and number of cooperation projects',
      panelCount: (countries, projects) => `${count(countries, 'country', 'countries')} · ${count(projects, 'project', 'projects')}`,
      caption: asOf => `Each bar: the cooperation projects with that country reviewed in this deck, as of ${asOf}.`,
    },
    matrix: {
      title: 'Cooperation projects by partner country and by priority of France\'s space programme',
      tableCaption: 'Cooperation projects by partner country and priority',
      hint: 'Select a cell to list its projects.',
      none: 'none',
      caption: asOf => `One square per project, as of ${asOf}; a shared project counts for each partner.`,
    },
    timeline: {
      title: 'Timeline of CNES\'s cooperation with its partners: agreements, launches and landings',
      tableCaption: 'Agreements, launches and landings, by date',
      kinds: { agreement: 'Agreement', launch: 'Launch', landing: 'Landing' },
      plannedThen: 'Planned then',
      event: (kind, planned, label) => `${kind}${planned ? ' (planned)' : ''}: ${label}`,
      colour: 'Colour:',
      summary: f => `From ${f.firstYear} to ${f.asOf}: ${count(f.agreements, 'agreement', 'agreements')}, ${count(f.launches, 'launch', 'launches')} and ${count(f.landings, 'landing', 'landings')} with CNES's partners, ${f.since} of them since ${f.sinceYear}. Then planned: ${f.planned}.`,
      key: asOf => `Hollow, dashed: planned as of ${asOf}. Dashed axis: years before 2010, compressed. A year or month alone is drawn mid-period.`,
    },
  }
}
