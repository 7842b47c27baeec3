/**
 * Stands in for `@shikijs/vitepress-twoslash/client`, the Vue plugin for the type tooltips of
 * twoslash code blocks (@slidev/client/setup/main.ts installs it). The deck has no code blocks.
 *
 * Why a stand-in: Slidev has no setting that leaves it out. Checked against the @slidev/client
 * version named in trim/vite-plugin.ts (slidevCheckedAgainst); tests/unit/trim.test.ts fails,
 * naming this file, when that client imports something from it this file lacks.
 */
export default {
  install(): void {},
}
