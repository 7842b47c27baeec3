/**
 * The part of `@slidev/client`'s API this deck uses, typed with Slidev's own types.
 * Slidev's client ships raw TypeScript that compiles only inside Slidev's build (it relies on the
 * build's compile-time globals such as `__DEV__`), so `vue-tsc` cannot check it; tsconfig.json maps
 * the module here instead. The runtime is Slidev's, untouched.
 */
import type { ClicksContext } from '@slidev/types'
import type { ComputedRef, Ref } from 'vue'

export interface SlideContext {
  $clicksContext: ClicksContext
  $clicks: Ref<number>
  /** The slide's number, 1-based. */
  $page: Ref<number>
  $frontmatter: Record<string, unknown>
}

export declare function useSlideContext(): SlideContext

export declare function useNav(): {
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  /** True while the deck renders for the PDF export or print: charts show complete and static. */
  isPrintMode: ComputedRef<boolean>
}
