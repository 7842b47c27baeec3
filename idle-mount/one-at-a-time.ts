/**
 * Slidev's preload of the whole deck, one slide a task: the public build's SlidesShow.vue calls
 * this 3 s after the first slide shows (idle-mount/vite-plugin.ts), where Slidev marks every slide
 * preloaded at once and Vue mounts them all in one long task. Here each slide is marked once the
 * one before it has loaded, in an idle period of the main thread, so that a key press (or a phone's
 * first screen) never waits behind the whole deck. Slides whose frontmatter says `preload: false`
 * are left to Slidev, which mounts them when they are near.
 */

/** What this needs of Slidev's SlideRoute. */
export interface PreloadableRoute {
  meta: { preload?: boolean, __preloaded?: boolean }
  load: () => Promise<unknown>
}

/** How long a slide may wait for an idle period before it is mounted anyway. */
export const idleTimeoutMs = 500

export interface Scheduler {
  whenIdle: (callback: () => void) => number
  cancel: (handle: number) => void
}

/** requestIdleCallback where there is one; elsewhere (Safari) the next task. */
function browserScheduler(): Scheduler {
  if (typeof window.requestIdleCallback === 'function')
    return { whenIdle: callback => window.requestIdleCallback(callback, { timeout: idleTimeoutMs }), cancel: handle => window.cancelIdleCallback(handle) }
  return { whenIdle: callback => window.setTimeout(callback, 0), cancel: handle => window.clearTimeout(handle) }
}

/**
 * Preloads (with Slidev's own `preload`, which marks the route and loads it) each route not yet
 * preloaded, in order, one per idle callback, each once the one before has loaded. Returns a stop
 * function, for Slidev's watcher to call when the deck's slides change.
 */
export function preloadOneAtATime<Route extends PreloadableRoute>(routes: readonly Route[], preload: (route: Route) => void, scheduler: Scheduler = browserScheduler()): () => void {
  let stopped = false
  let handle: number | undefined
  const step = (): void => {
    handle = undefined
    const route = routes.find(candidate => candidate.meta.preload !== false && !candidate.meta.__preloaded)
    if (stopped || route === undefined)
      return
    preload(route)
    // A slide that fails to load is Slidev's to report (its error layout); the next one still comes.
    route.load().catch(() => {}).finally(() => {
      if (!stopped)
        handle = scheduler.whenIdle(step)
    })
  }
  handle = scheduler.whenIdle(step)
  return () => {
    stopped = true
    if (handle !== undefined)
      scheduler.cancel(handle)
  }
}
