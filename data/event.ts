import type { SeminarEventInput } from './schema'

export const event = {
  title: { en: 'CNES and international partnerships', fr: 'Le CNES et les partenariats internationaux' },
  subtitle: { en: 'A key tool serving economic diplomacy', fr: 'Un outil clé au service de la diplomatie économique' },
  name: { en: 'CNES International Affairs Seminar', fr: 'Séminaire des affaires internationales du CNES' },
  // Paris, 13 May 2019: not the Toulouse seminar of the same name held on 5 Feb 2019
  venue: { en: 'CNES Head Office, Paris', fr: 'Siège du CNES, Paris' },
  date: '2019-05-13',
  speaker: 'Jean-Yves Le Gall',
  speakerRole: { en: 'CNES President', fr: 'président du CNES' },
  speakerAffiliation: 'CNES',
  source: 'https://www.france-science.org/CNES-and-international,10106.html',
  asOf: '2019-05-13',
} satisfies SeminarEventInput
