/**
 * The deck's icons: one Phosphor icon (duotone weight) for each of the three reasons CNES partners
 * abroad and each of the three priorities, so the same sign stands for the same idea wherever it is
 * shown. They are UnoCSS icon classes: uno.config.ts inlines each one as CSS at build time from
 * the `@iconify-json/ph` package, so nothing is fetched. Always decorative, beside their words
 * (components/DeckIcon.vue).
 */
import type { PriorityId } from '../data/schema'

/** The reasons slide's three points, in its order (slides.md, slide "Why CNES partners abroad"). */
export type ReasonId = 'ambition' | 'excellence' | 'mirror'

export const deckIcons = {
  ambition: 'i-ph-handshake-duotone',
  excellence: 'i-ph-medal-duotone',
  mirror: 'i-ph-flip-horizontal-duotone',
  climate: 'i-ph-thermometer-simple-duotone',
  exploration: 'i-ph-planet-duotone',
  innovation: 'i-ph-lightbulb-filament-duotone',
} as const satisfies Record<ReasonId | PriorityId, `i-ph-${string}`>

export type DeckIconId = keyof typeof deckIcons
