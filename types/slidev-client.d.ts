/**
 * The part of `@slidev/client`'s API this deck uses, typed with Slidev's own types.
 * Slidev's client ships raw TypeScript that compiles only inside Slidev's build (it relies on the
 * build's compile-time globals such as `__DEV__`), so `vue-tsc` cannot check it; tsconfig.json maps
 * the module here instead. The runtime is Slidev's, untouched.
 */
import type { ClicksContext, RenderContext, SlideInfoBase, SlidevConfig } from '@slidev/types'
import type { ComputedRef, Ref } from 'vue'

export interface SlideContext {
  $clicksContext: ClicksContext
  $clicks: Ref<number>
  /** The slide's number, 1-based. */
  $page: Ref<number>
  /** Where the slide is drawn: the audience view, the overview, the presenter's next-slide preview… */
  $renderContext: Ref<RenderContext>
  $frontmatter: Record<string, unknown>
}

export declare function useSlideContext(): SlideContext

/** A slide as Slidev routes it: its number and what its parser found (title, frontmatter…). */
export interface SlideRoute {
  no: number
  meta: { slide: SlideInfoBase }
}

export declare function useNav(): {
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  currentSlideRoute: ComputedRef<SlideRoute>
  /** The audience view, `/N`. */
  isPlaying: ComputedRef<boolean>
  /** The presenter view, `/presenter/N`. */
  isPresenter: ComputedRef<boolean>
  /** Rendering for the PDF export (`?print` in the URL, or the print page). */
  isPrintMode: ComputedRef<boolean>
}

/** The deck's resolved headmatter. */
export declare const configs: SlidevConfig
/** The deck's document title: the headmatter's `title` inside its `titleTemplate`. */
export declare const slidesTitle: string
