/**
 * The presenter view's starting layout, sized for a 1920 × 1080 laptop screen. Slidev's defaults
 * give the speaker notes a 360 × 280 px corner: four lines of the President's text. These give
 * the notes and the next-slide preview a third of the screen's width, the notes most of its
 * height. They only fill in what the presenter has not set: dragging the panel edges in the
 * presenter view still resizes them, and Slidev remembers that in the browser's local storage.
 */

/** Slidev's local-storage keys for the presenter view's panel sizes (see its pages/presenter.vue). */
export const presenterLayoutDefaults = {
  'slidev-presenter-notes-width': '640',
  'slidev-presenter-notes-row-size': '600',
} as const

export function seedPresenterLayout(storage: Pick<Storage, 'getItem' | 'setItem'>): void {
  for (const [key, value] of Object.entries(presenterLayoutDefaults)) {
    if (storage.getItem(key) === null)
      storage.setItem(key, value)
  }
}
