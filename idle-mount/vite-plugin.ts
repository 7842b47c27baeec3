/**
 * Slidev mounts every slide of the deck 3 s after the first shows (its SlidesShow.vue marks them
 * all preloaded at once), so that a slide change later finds its slide ready. Vue then mounts them
 * all in one task: on a phone's slowed CPU, a long task that blocks the first screen's input, and
 * Lighthouse's total blocking time. In the public build, this plugin rewrites that one statement
 * of SlidesShow.vue to mount them one a task instead, when the main thread is idle
 * (idle-mount/one-at-a-time.ts). The dev server (presenting, the PDF export) keeps Slidev's.
 *
 * After a Slidev upgrade that changes the statement, the build fails saying so: check the new
 * SlidesShow.vue, update `slidesShowPreload`, and set slidevCheckedAgainst.
 */
import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import { rewriteSlidevClientFile } from '../utils/slidev-client-rewrite.ts'

/** The `@slidev/client` version whose SlidesShow.vue holds `slidesShowPreload` word for word. */
export const slidevCheckedAgainst = '53.0.0'

/** How long after the first slide shows Slidev preloads the whole deck. */
export const slidevPreloadDelayMs = 3000

/** Slidev's preload of the whole deck, in SlidesShow.vue's script. */
export const slidesShowPreload = `  const timeout = setTimeout(() => {
    routes.forEach(preloadRoute)
  }, ${slidevPreloadDelayMs})
  onCleanup(() => clearTimeout(timeout))`

const oneAtATime = resolve(import.meta.dirname, 'one-at-a-time.ts')

/** The same 3 s wait, then one slide a task; both stopped when Slidev's watcher runs again. */
export const idlePreload = `  let stopPreloading = () => {}
  const timeout = setTimeout(() => {
    stopPreloading = __preloadOneAtATime(routes, preloadRoute)
  }, ${slidevPreloadDelayMs})
  onCleanup(() => {
    clearTimeout(timeout)
    stopPreloading()
  })`

/** SlidesShow.vue's source with the idle preload; an error when Slidev's statement is not there. */
export function withIdlePreload(source: string): string {
  if (!source.includes(slidesShowPreload))
    throw new Error(`idle-mount/vite-plugin.ts: Slidev's SlidesShow.vue no longer preloads the deck as @slidev/client ${slidevCheckedAgainst} did; update slidesShowPreload (or remove the plugin)`)
  return source
    .replace(slidesShowPreload, idlePreload)
    .replace('<script setup lang="ts">', `<script setup lang="ts">\nimport { preloadOneAtATime as __preloadOneAtATime } from ${JSON.stringify(oneAtATime)}`)
}

export function mountSlidesWhenIdle(): Plugin {
  return rewriteSlidevClientFile('mount-slides-when-idle', 'internals/SlidesShow.vue', withIdlePreload)
}
