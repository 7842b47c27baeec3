/**
 * A plain static file server for a built deck, on loopback only, with the SPA fallback every
 * static host is told to configure: unknown paths get index.html so that /N deep links load.
 * With --no-fallback it is the plainest host of all (like GitHub Pages without 404.html): an
 * unknown path is a 404. The benchmark serves the decks it measures with it, and the browser tests
 * serve the built deck and their test builds with it.
 * Usage: tsx bench/static-server.ts <dir> <port> [base] [--no-fallback]
 * or, in the same process, `await startStaticServer({ dir, port })` (port 0: any free port).
 */
import type { Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import process from 'node:process'
import sirv from 'sirv'
import { editionList } from '../i18n/editions'
import { DeckError, isMainModule } from '../scripts/files'
import { describeListenError, parsePort } from '../scripts/slidev'

export const staticServerHost = '127.0.0.1'

export interface StaticServerOptions {
  dir: string
  port: number
  /** The path the deck was built for (`--base`), `/` by default. */
  base?: string
  /** Answer unknown paths with index.html (the SPA fallback); true by default. */
  fallback?: boolean
}

/** Listens on 127.0.0.1; a port already taken rejects with a one-line DeckError. */
export function startStaticServer({ dir, port, base = '/', fallback = true }: StaticServerOptions): Promise<Server> {
  // Each edition is a deck of its own with its own index.html (fr/index.html for <base>fr/N), as
  // deploy/nginx.conf and the root _redirects (scripts/slidev.ts, mergeRedirects) route them.
  // Files under assets/ carry a content hash in their name, so like deploy/nginx.conf the server
  // lets browsers keep them: a second visit in the same browser loads them from its cache.
  const hashedAssetFolders = editionList.map(edition => `/${edition.path}assets/`)
  const options = {
    dev: false,
    etag: true,
    gzip: false,
    setHeaders: (res: ServerResponse, pathname: string) => {
      if (hashedAssetFolders.some(folder => pathname.startsWith(folder)))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    },
  } as const
  const nested = editionList.filter(edition => edition.path !== '').map(edition => ({
    prefix: `/${edition.path}`,
    serve: sirv(dir, { ...options, single: fallback ? `${edition.path}index.html` : false }),
  }))
  const serveRoot = sirv(dir, { ...options, single: fallback })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      res.statusCode = 404
      res.end('Not under the deck base path')
      return
    }
    req.url = url.slice(base.length - 1) || '/'
    const serve = nested.find(edition => req.url!.startsWith(edition.prefix))?.serve ?? serveRoot
    serve(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new DeckError(describeListenError(error, port, staticServerHost, 'Stop it, or shift every test port with TEST_PORT_OFFSET.'))))
    server.listen(port, staticServerHost, () => resolve(server))
  })
}

/** `http://127.0.0.1:<port>` of a listening server: the port it was given, or the one it got for 0. */
export function staticServerOrigin(server: Server): string {
  return `http://${staticServerHost}:${(server.address() as AddressInfo).port}`
}

/** Stops listening and drops kept-alive connections, so the process can end. */
export function stopStaticServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

async function cli(): Promise<void> {
  const args = process.argv.slice(2)
  const fallback = !args.includes('--no-fallback')
  const [dir = 'dist', portText = '4173', base = '/'] = args.filter(arg => !arg.startsWith('--'))
  try {
    const port = parsePort(portText, 'The port argument')
    const server = await startStaticServer({ dir, port, base, fallback })
    console.warn(`Serving ${dir} at http://${staticServerHost}:${port}${base}${fallback ? '' : ' (no fallback)'}`)
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => server.close(() => process.exit(0)))
  }
  catch (error) {
    if (!(error instanceof DeckError))
      throw error
    // A port already taken gets one line and a non-zero exit, not an unhandled 'error' event.
    console.error(`The static server did not start. ${error.message}`)
    process.exit(1)
  }
}

if (isMainModule(import.meta.url))
  void cli()
