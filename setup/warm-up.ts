/**
 * `npm run dev` ready at once: before the dev server opens its port (so before Slidev prints its
 * URLs, and before any browser can ask), every module the deck may load is compiled: Slidev's
 * client from its entry, every slide, every component, the presenter view, and the CSS UnoCSS
 * generates from them. Without it Vite compiles on request: the first page waited seconds, and
 * each slide's first visit again.
 *
 * Why not Vite's `server.warmup` alone: it takes files, not Slidev's virtual modules (each slide
 * is `/@slidev/slides/N/md`), it does not follow dynamic imports (how Slidev loads slides and
 * pages), and it runs after the port is open, unawaited. Here the module graph is walked from
 * Slidev's entry, dynamic imports included, each level awaited, until nothing new is found.
 *
 * The hold: Vite itself delays `httpServer.listen` until its plugins have started; this plugin
 * wraps that call the same way, one step later, so the port opens once the deck is compiled.
 */
import type { Plugin, ViteDevServer } from 'vite'
import { join } from 'node:path'
import process from 'node:process'
import { init as lexerReady, parse } from 'es-module-lexer'

/** The URL Vite serves a file outside its root under. */
function atFs(file: string): string {
  return `/@fs${file.startsWith('/') ? '' : '/'}${file.replace(/\\/g, '/')}`
}

/**
 * What Vite's transform middleware asks its pipeline for, given a URL from compiled code: ids that
 * are not URLs (virtual modules, `\0`-prefixed ones) travel as `/@id/<id>`, with `\0` written
 * `__x00__` (Vite's VALID_ID_PREFIX and NULL_BYTE_PLACEHOLDER, which it does not export).
 */
function moduleId(url: string): string {
  return url.startsWith('/@id/') ? url.slice('/@id/'.length).replace('__x00__', '\0') : url
}

/**
 * Compiles `entries` and every module their compiled code imports (the URLs a browser would
 * request next, dynamic imports with a literal path included), level by level; resolves with the
 * number of modules compiled. A module that fails is logged, as Vite logs its own warm-up.
 */
export async function compileModuleGraph(server: ViteDevServer, entries: readonly string[]): Promise<number> {
  const environment = server.environments.client
  await lexerReady
  const seen = new Set<string>(entries)
  let level = [...entries]
  while (level.length > 0) {
    const compiled = await Promise.all(level.map(url => environment.transformRequest(moduleId(url)).catch((error: Error) => {
      server.config.logger.error(`Pre-transform error (${url}): ${error.message}`)
      return null
    })))
    level = []
    for (const result of compiled) {
      for (const { n: url } of result === null ? [] : parse(result.code)[0]) {
        // Only the server's own URLs: not a data: URL, nor a template literal's (undefined)
        if (url?.startsWith('/') && !seen.has(url)) {
          seen.add(url)
          level.push(url)
        }
      }
    }
  }
  return seen.size
}

/** The dev server (presenting) holds its port until `clientRoot`'s entry and all it loads are compiled. */
export function warmUpDeck(clientRoot: string): Plugin {
  return {
    name: 'deck-warm-up',
    apply: 'serve',
    configureServer(server) {
      const { httpServer } = server
      if (httpServer === null)
        return
      const listen = httpServer.listen.bind(httpServer)
      // Typed as Node's own overloads; the arguments are passed on as Vite gave them.
      httpServer.listen = ((...args: Parameters<typeof listen>) => {
        const started = performance.now()
        compileModuleGraph(server, [atFs(join(clientRoot, 'main.ts'))]).then(
          (count) => {
            process.stdout.write(`Deck compiled for presenting: ${count} modules in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
            listen(...args)
          },
          (error: unknown) => httpServer.emit('error', error),
        )
        return httpServer
      }) as typeof httpServer.listen
    },
  }
}
