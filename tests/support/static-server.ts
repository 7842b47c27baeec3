/**
 * A plain static file server for the built deck, on loopback only, with the SPA fallback every
 * static host is told to configure: unknown paths get index.html so that /N deep links load.
 * Usage: tsx tests/support/static-server.ts <dir> <port> [base]
 */
import { createServer } from 'node:http'
import process from 'node:process'
import sirv from 'sirv'

const [dir = 'dist', portText = '4173', base = '/'] = process.argv.slice(2)
const serve = sirv(dir, { single: true, dev: false, etag: true, gzip: false })

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
  console.warn(`Serving ${dir} at http://127.0.0.1:${portText}${base}`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)))
