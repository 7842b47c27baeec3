import type { PriorityInput } from './schema'

/** The three priorities of France's space programme named in the article. */
export const priorities = [
  {
    id: 'climate',
    name: { en: 'Climate', fr: 'Climat' },
    description: {
      en: 'Observing oceans, water, winds, vegetation and greenhouse gases from space to understand and monitor climate change.',
      fr: 'Observer depuis l\'espace les océans, l\'eau, les vents, la végétation et les gaz à effet de serre pour comprendre et surveiller le changement climatique.',
    },
  },
  {
    id: 'exploration',
    name: { en: 'Exploration', fr: 'Exploration' },
    description: {
      en: 'Science missions to Mars, its moons, the Moon, Mercury, asteroids and the distant Universe, and support to human spaceflight.',
      fr: 'Missions scientifiques vers Mars et ses lunes, la Lune, Mercure, les astéroïdes et l\'Univers lointain, et soutien aux vols habités.',
    },
  },
  {
    id: 'innovation',
    name: { en: 'Innovation', fr: 'Innovation' },
    description: {
      en: 'Access to space, technology research, training and the agreements that frame cooperation.',
      fr: 'Accès à l\'espace, recherche technologique, formation et accords qui encadrent la coopération.',
    },
  },
] satisfies readonly PriorityInput[]
