import type { SeminarEventInput } from './schema'

export const event = {
  title: 'CNES and international partnerships',
  subtitle: 'A key tool serving economic diplomacy',
  name: 'CNES International Affairs Seminar',
  // Paris, 13 May 2019: not the Toulouse seminar of the same name held on 5 Feb 2019
  venue: 'CNES Head Office, Paris',
  date: '2019-05-13',
  speaker: 'Jean-Yves Le Gall',
  speakerRole: 'CNES President',
  speakerAffiliation: 'CNES',
  source: 'https://www.france-science.org/CNES-and-international,10106.html',
  asOf: '2019-05-13',
} satisfies SeminarEventInput
