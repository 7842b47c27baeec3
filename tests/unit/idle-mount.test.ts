/**
 * idle-mount/: the public build's SlidesShow.vue mounts the deck one slide a task. Its rewrite is
 * checked against the installed @slidev/client's own SlidesShow.vue (an upgrade that changes the
 * statement fails here, saying what to do), and its scheduling with a scheduler run by hand.
 */
import type { PreloadableRoute, Scheduler } from '../../idle-mount/one-at-a-time'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { preloadOneAtATime } from '../../idle-mount/one-at-a-time'
import { idlePreload, slidesShowPreload, slidevCheckedAgainst, withIdlePreload } from '../../idle-mount/vite-plugin'

const slidesShowFile = createRequire(import.meta.url).resolve('@slidev/client/internals/SlidesShow.vue')
const installed = (JSON.parse(await readFile(createRequire(import.meta.url).resolve('@slidev/client/package.json'), 'utf8')) as { version: string }).version

describe('the rewrite of Slidev\'s SlidesShow.vue', () => {
  it(`finds Slidev's preload of the whole deck in the installed @slidev/client (${installed}; checked against ${slidevCheckedAgainst})`, async () => {
    const source = await readFile(slidesShowFile, 'utf8')
    expect(source, 'idle-mount/vite-plugin.ts: update slidesShowPreload to the new SlidesShow.vue, then slidevCheckedAgainst').toContain(slidesShowPreload)
    const rewritten = withIdlePreload(source)
    expect(rewritten).not.toContain(slidesShowPreload)
    expect(rewritten).toContain(idlePreload)
    expect(rewritten).toMatch(/^<script setup lang="ts">\nimport \{ preloadOneAtATime as __preloadOneAtATime \} from "\/[^"]+\/idle-mount\/one-at-a-time\.ts"\n/)
  })

  it('fails, saying what to do, when the statement is not there', () => {
    expect(() => withIdlePreload('<script setup lang="ts">\n</script>')).toThrow(/update slidesShowPreload/)
  })
})

/** Idle callbacks that run only when the test says so. */
function handScheduler(): Scheduler & { pending: Map<number, () => void>, runNext: () => void } {
  const pending = new Map<number, () => void>()
  let next = 1
  return {
    pending,
    whenIdle: (callback) => {
      pending.set(next, callback)
      return next++
    },
    cancel: handle => pending.delete(handle),
    runNext: () => {
      const [handle, callback] = [...pending][0]!
      pending.delete(handle)
      callback()
    },
  }
}

interface TestRoute extends PreloadableRoute { no: number }

function routes(count: number, options: { preloaded?: number[], noPreload?: number[] } = {}): TestRoute[] {
  return Array.from({ length: count }, (_, i) => ({
    no: i + 1,
    meta: { __preloaded: options.preloaded?.includes(i + 1) ?? false, ...(options.noPreload?.includes(i + 1) ? { preload: false } : {}) },
    load: () => Promise.resolve(),
  }))
}

/** Lets the routes' load() promises settle. */
const settled = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 0))

describe('preloadOneAtATime', () => {
  it('preloads one slide per idle callback, in order, each once the one before has loaded, skipping those already preloaded or with preload: false', async () => {
    const deck = routes(6, { preloaded: [1, 2], noPreload: [4] })
    const preloaded: number[] = []
    const scheduler = handScheduler()
    preloadOneAtATime(deck, (route) => {
      route.meta.__preloaded = true
      preloaded.push(route.no)
    }, scheduler)
    expect(preloaded).toEqual([])
    for (const expected of [[3], [3, 5], [3, 5, 6]]) {
      expect(scheduler.pending.size).toBe(1)
      scheduler.runNext()
      expect(preloaded).toEqual(expected)
      // Nothing more is asked for until the slide has loaded.
      expect(scheduler.pending.size).toBe(0)
      await settled()
    }
    // The last idle callback finds nothing left, and asks for no other.
    scheduler.runNext()
    expect(preloaded).toEqual([3, 5, 6])
    expect(scheduler.pending.size).toBe(0)
  })

  it('stops when told to, between two slides or while one is loading', async () => {
    const scheduler = handScheduler()
    const preloaded: number[] = []
    const preload = (route: TestRoute): void => {
      route.meta.__preloaded = true
      preloaded.push(route.no)
    }
    const stopWaiting = preloadOneAtATime(routes(3), preload, scheduler)
    stopWaiting()
    expect(scheduler.pending.size).toBe(0)

    const stopLoading = preloadOneAtATime(routes(3), preload, scheduler)
    scheduler.runNext()
    stopLoading()
    await settled()
    expect(scheduler.pending.size).toBe(0)
    expect(preloaded).toEqual([1])
  })
})
