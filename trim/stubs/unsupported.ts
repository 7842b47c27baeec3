/** The error a trimmed Slidev feature throws if a slide uses it after all: says what and where. */
export function unsupported(feature: string): Error {
  return new Error(`${feature} is left out of this deck's build to keep it light (trim/vite-plugin.ts). Remove its entry there, or build with DECK_TRIM=off, to use it.`)
}
