/**
 * `npm run dev`: Slidev's dev server (presenting, with presenter mode), on the port the presenter
 * expects. Left alone, Slidev moves to the next free port when 3030 is taken (and with an explicit
 * --port it dies with a stack trace), so a bookmarked http://localhost:3030/presenter would open
 * whatever else is listening there. This checks the port first, on 127.0.0.1 and on every address
 * Slidev will listen on, and stops with one line naming the port and a non-zero exit if it is
 * taken; otherwise it runs Slidev with that exact port. Every argument is passed on to Slidev.
 */
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { splitOption } from './cli-option'
import { addressesOf, assertPortFree, parsePort, PortError } from './port-check'
import { spawnSlidev } from './slidev-cli'

/** Slidev's own default. */
export const defaultDevPort = 3030

export interface DevOptions {
  port: number
  /** Where Slidev listens: `localhost`, or with --remote the --bind address (default 0.0.0.0). */
  host: string
  /** The arguments for Slidev, with the port made explicit. */
  slidevArgs: string[]
}

/** Reads the options Slidev's dev command takes that decide where it listens. */
export function parseDevArgs(argv: string[]): DevOptions {
  let port = defaultDevPort
  let bind = '0.0.0.0'
  let remote = false
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [name, inlineValue] = splitOption(arg)
    if (name === '--port' || name === '-p') {
      port = parsePort(inlineValue ?? argv[++i], '--port')
      continue
    }
    if (name === '--bind')
      bind = inlineValue ?? argv[i + 1] ?? bind
    if (name === '--remote')
      remote = true
    rest.push(arg)
  }
  return { port, host: remote ? bind : 'localhost', slidevArgs: [...rest, '--port', String(port)] }
}

async function main(): Promise<void> {
  const options = parseDevArgs(process.argv.slice(2))
  const hosts = [...new Set(['127.0.0.1', ...await addressesOf(options.host)])]
  await assertPortFree(options.port, hosts, `Stop it, or start the deck on another port: npm run dev -- --port ${options.port === 65535 ? options.port - 1 : options.port + 1}`)

  const slidev = spawnSlidev(options.slidevArgs)
  // Ctrl-C and a test runner's SIGTERM stop Slidev too; this process ends with Slidev's exit code.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => slidev.kill(signal))
  slidev.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof PortError ? `The deck did not start. ${error.message}` : error)
    process.exit(1)
  })
}
