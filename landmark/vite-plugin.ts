/**
 * The audience view's one main landmark: Slidev's play page (the slides, as the audience sees them)
 * has none, so a screen reader, and Lighthouse's accessibility audit, find no main content on the
 * page. In the public build, the play page's root element (the slide and its navigation controls)
 * gets `role="main"`; an attribute, so nothing moves. Slidev's other pages are left as they are:
 * the overview has a `<main>` of its own, the presenter view and the print view (what the PDF
 * export renders, from the dev server anyway) none. The dev server keeps Slidev's play page.
 *
 * After a Slidev upgrade that changes the element, the build fails saying so: check the new
 * play.vue, update `playPageRoot`, and set slidevCheckedAgainst.
 */
import type { Plugin } from 'vite'
import { rewriteSlidevClientFile } from '../utils/slidev-client-rewrite.ts'

/** The `@slidev/client` version whose play.vue holds `playPageRoot` word for word. */
export const slidevCheckedAgainst = '53.0.0'

/** The attributes that open the play page's root element, in its template. */
export const playPageRoot = 'id="page-root" ref="root" class="grid"'

/** play.vue's source with its root element the main landmark; an error when Slidev's element is not there. */
export function withMainLandmark(source: string): string {
  if (!source.includes(playPageRoot))
    throw new Error(`landmark/vite-plugin.ts: Slidev's play.vue has no element with ${playPageRoot} as @slidev/client ${slidevCheckedAgainst} had; update playPageRoot (or remove the plugin)`)
  return source.replace(playPageRoot, `${playPageRoot} role="main"`)
}

export function mainLandmark(): Plugin {
  return rewriteSlidevClientFile('main-landmark', 'pages/play.vue', withMainLandmark)
}
