import type { CategoryInput } from './schema'

/** The article's two kinds of partner, described in its own terms. */
export const categories = [
  {
    id: 'leading',
    name: 'Leading space players',
    description: 'Established space powers with which CNES works on historic and foundational endeavours.',
  },
  {
    id: 'new-entrant',
    name: 'New entrants',
    description: 'Countries looking to use space as a means to irrigate their societies and economies, which have turned to CNES as a partner of choice.',
  },
] satisfies readonly CategoryInput[]
