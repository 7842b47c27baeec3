/** The components' words in French. */
import type { Formatters } from './format'
import type { Messages } from './messages'

// French puts an article before most country names ("avec les États-Unis", "avec Israël"), which
// the data does not carry: partner lists are given as a labelled list instead.
const partnerLabel = (n: number): string => (n === 1 ? 'partenaire' : 'partenaires')

export function french({ count, list }: Formatters): Messages {
  return {
    otherEdition: { label: 'Version en anglais', labelLang: 'fr', lang: 'en' },
    labelled: (label, value) => `${label}\u00A0: ${value}`,
    clauses: items => items.join('\u00A0; '),
    projects: n => count(n, 'projet', 'projets'),
    cooperationProjects: n => count(n, 'projet de coopération', 'projets de coopération'),
    status: {
      'operating': 'En service',
      'completed': 'Achevé',
      'in-force': 'En vigueur',
      'in-development': 'En développement',
      'in-study': 'À l\'étude',
    },
    planned: 'prévu',
    plannedTag: 'Prévu',
    dataTable: 'Tableau des données',
    close: 'Fermer',
    closeDetails: 'Fermer le détail',
    detailsAsOf: (projects, asOf) => `${count(projects, 'projet', 'projets')}, situation au ${asOf}`,
    withPartners: partners => `· ${partnerLabel(partners.length)}\u00A0: ${list(partners)}`,
    source: 'Source\u00A0:',
    cnesWith: partners => `${partners.length === 1 ? 'Partenaire' : 'Partenaires'}\u00A0: ${list(partners)}`,
    statusAsOfSources: (asOf, hosts) => `Situation au ${asOf}. Sources\u00A0: ${hosts}`,
    summary: { partnerCountries: 'pays partenaires', cooperationProjects: 'projets de coopération', priorities: 'priorités' },
    slide: no => `Diapositive ${no}`,
    presenterTitle: slide => `Présentateur\u00A0: ${slide}`,
    hostedNotes: {
      heading: 'Les notes de l\'orateur ne sont pas dans la version en ligne.',
      where: 'Elles figurent dans le document d\'accompagnement (le PDF avec les notes de l\'orateur), et ici en mode présentateur quand la présentation tourne sur votre ordinateur avec npm run dev.',
    },
    deckUpdate: {
      available: 'Une version plus récente de cette présentation a été publiée.',
      show: 'Afficher la nouvelle version',
      later: 'Plus tard',
    },
    reading: {
      title: deckTitle => `${deckTitle}\u00A0: la présentation en une page`,
      toSlides: 'Diapositives',
      toReading: 'Lire en une page',
      contents: 'Diapositives',
      events: n => count(n, 'événement', 'événements'),
    },
    exports: {
      subject: (eventName, venue, date) => `Présentation d'ouverture du ${eventName}, ${venue}, ${date}`,
      handoutTitle: deckTitle => `${deckTitle}\u00A0: document avec les notes de l'orateur`,
      slideOf: (no, total) => `Diapositive ${no} sur ${total}`,
      speakerNotes: 'Notes de l\'orateur',
    },
    columns: { country: 'Pays', partnerType: 'Type de partenaire', cooperationProjects: 'Projets de coopération', date: 'Date', partner: 'Partenaire', project: 'Projet', event: 'Événement' },
    map: {
      title: 'Carte des pays partenaires du CNES, par type de partenaire',
      summaryIntro: 'La France, avec le CNES à Paris, au centre de ses partenariats.',
      tableCaption: 'Les pays partenaires du CNES, leur type et leur nombre de projets de coopération',
      hint: 'Sélectionnez un pays ou son nom pour afficher ses projets.',
      hub: 'France',
      hubLegend: 'France\u00A0: CNES, Paris',
      unplaced: 'Absents de la carte',
      hatched: name => `${name} (hachurés)`,
      caption: asOf => `Projets de coopération présentés ici, situation au ${asOf}. Frontières\u00A0: Natural Earth.`,
    },
    categoriesChart: {
      title: 'Les pays partenaires du CNES par type, avec leur nombre de projets de coopération',
      tableCaption: 'Les pays partenaires du CNES par type et nombre de projets de coopération',
      panelCount: (countries, projects) => `${count(countries, 'pays', 'pays')} · ${count(projects, 'projet', 'projets')}`,
      caption: asOf => `Chaque barre\u00A0: les projets de coopération avec ce pays présentés ici, situation au ${asOf}.`,
    },
    matrix: {
      title: 'Projets de coopération par pays partenaire et par priorité du programme spatial français',
      tableCaption: 'Projets de coopération par pays partenaire et par priorité',
      hint: 'Sélectionnez une case pour afficher ses projets.',
      none: 'aucun',
      caption: asOf => `Un carré par projet, au ${asOf}\u00A0; un projet partagé compte pour chaque partenaire.`,
    },
    timeline: {
      title: 'Chronologie de la coopération du CNES avec ses partenaires\u00A0: accords, lancements et atterrissages',
      tableCaption: 'Accords, lancements et atterrissages, par date',
      kinds: { agreement: 'Accord', launch: 'Lancement', landing: 'Atterrissage' },
      plannedThen: 'Alors prévus',
      event: (kind, planned, label) => `${kind}${planned ? ' (prévu)' : ''}\u00A0: ${label}`,
      colour: 'Couleur\u00A0:',
      summary: f => `De ${f.firstYear} au ${f.asOf}\u00A0: ${count(f.agreements, 'accord', 'accords')}, ${count(f.launches, 'lancement', 'lancements')} et ${count(f.landings, 'atterrissage', 'atterrissages')} avec les partenaires du CNES, dont ${f.since} depuis ${f.sinceYear}. Alors prévus\u00A0: ${f.planned}.`,
      key: asOf => `Contour creux et pointillé\u00A0: prévu au ${asOf}. Axe en pointillé\u00A0: années avant 2010, resserrées. Une année ou un mois seul est placé au milieu de la période.`,
    },
  }
}
