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

const args = process.argv.slice(2)
const fallback = !args.includes('--no-fallback')
const [dir = 'dist', portText = '4173', base = '/'] = args.filter(arg => !arg.startsWith('--'))
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

server.listen(Number(portText), '127.0.0.1', () => {
  console.warn(`Serving ${dir} at http://127.0.0.1:${portText}${base}${fallback ? '' : ' (no fallback)'}`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)))
