/**
 * Stands in for `@shikijs/vitepress-twoslash/client`, the Vue plugin for the type tooltips of
 * twoslash code blocks. The deck has no code blocks.
 */
export default {
  install(): void {},
}
