import type { CategoryInput } from './schema'

/** The article's two kinds of partner, described in its own terms. */
export const categories = [
  {
    id: 'leading',
    name: { en: 'Leading space players', fr: 'Grands acteurs du spatial' },
    description: {
      en: 'Established space powers with which CNES works on historic and foundational endeavours.',
      fr: 'Puissances spatiales établies avec lesquelles le CNES mène des chantiers historiques et fondateurs.',
    },
  },
  {
    id: 'new-entrant',
    name: { en: 'New entrants', fr: 'Nouveaux entrants' },
    description: {
      en: 'Countries looking to use space as a means to irrigate their societies and economies, which have turned to CNES as a partner of choice.',
      fr: 'Pays qui cherchent à faire de l\'espace un moyen d\'irriguer leur société et leur économie, et qui se sont tournés vers le CNES comme partenaire privilégié.',
    },
  },
] satisfies readonly CategoryInput[]
