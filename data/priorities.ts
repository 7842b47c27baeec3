import type { PriorityInput } from './schema'

/** The three priorities of France's space programme named in the article. */
export const priorities = [
  {
    id: 'climate',
    name: 'Climate',
    description: 'Observing oceans, water, winds, vegetation and greenhouse gases from space to understand and monitor climate change.',
  },
  {
    id: 'exploration',
    name: 'Exploration',
    description: 'Science missions to Mars, its moons, the Moon, Mercury, asteroids and the distant Universe, and support to human spaceflight.',
  },
  {
    id: 'innovation',
    name: 'Innovation',
    description: 'Access to space, technology research, training and the agreements that frame cooperation.',
  },
] satisfies readonly PriorityInput[]
