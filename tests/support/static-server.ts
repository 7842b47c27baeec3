/**
 * A plain static file server for the built deck, on loopback only, with the SPA fallback every
 * static host is told to configure: unknown paths get index.html so that /N deep links load.
 * With --no-fallback it is the plainest host of all (like GitHub Pages without 404.html): an
 * unknown path is a 404.
 * Usage: tsx tests/support/static-server.ts <dir> <port> [base] [--no-fallback]
 */
import { createServer } from 'node:http'
import process from 'node:process'
import sirv from 'sirv'
import { describeListenError, parsePort, PortError } from '../../scripts/port-check'

const args = process.argv.slice(2)
const fallback = !args.includes('--no-fallback')
const [dir = 'dist', portText = '4173', base = '/'] = args.filter(arg => !arg.startsWith('--'))
const host = '127.0.0.1'

function fail(message: string): never {
  console.error(`The static server did not start. ${message}`)
  process.exit(1)
}

let port: number
try {
  port = parsePort(portText, 'The port argument')
}
catch (error) {
  if (!(error instanceof PortError))
    throw error
  fail(error.message)
}
const serve = sirv(dir, { single: fallback, dev: false, etag: true, gzip: false })

const server = createServer((req, res) => {
  const url = req.url ?? '/'
  if (!url.startsWith(base)) {
    res.statusCode = 404
    res.end('Not under the deck base path')
    return
  }
  req.url = url.slice(base.length - 1) || '/'
  serve(req, res, () => {
    res.statusCode = 404
    res.end('Not found')
  })
})

// A port already taken gets one line and a non-zero exit, not an unhandled 'error' event.
server.on('error', (error: NodeJS.ErrnoException) => fail(describeListenError(error, port, host, 'Stop it, or shift every test port with TEST_PORT_OFFSET.')))
server.listen(port, host, () => {
  console.warn(`Serving ${dir} at http://${host}:${port}${base}${fallback ? '' : ' (no fallback)'}`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)))
