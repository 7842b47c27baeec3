/**
 * Running Slidev's own command line for the deck's commands: its dev server (on the exact port
 * the presenter expects, checked first) and one `slidev build` per edition (the exports serve the
 * deck themselves: scripts/print-view.ts). Slidev runs with this Node (not through npx or a
 * shell), so that signals reach it and its exit code comes straight back; it prints to this
 * terminal.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { lookup } from 'node:dns/promises'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { editionList } from '../i18n/editions'
import { DeckError, projectRoot } from './files'

export const slidevCli = resolve(projectRoot, 'node_modules/@slidev/cli/bin/slidev.mjs')

export function spawnSlidev(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, [slidevCli, ...args], { cwd: projectRoot, stdio: 'inherit', env })
}

/** Runs Slidev to its end; resolves with its exit code. */
function runSlidev(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawnSlidev(args, env)
    child.on('error', reject)
    child.on('exit', code => resolvePromise(code ?? 1))
  })
}

/*
 * Ports. Is a TCP port free to listen on? Checked by listening on it for a moment, on each address
 * the server will use, so that a server already there (even one bound to one address only) is
 * found before the real server starts, and reported in one line instead of a stack trace.
 */

/** Port text from the command line, as a port number, or a DeckError naming the bad value. */
export function parsePort(text: string | undefined, option: string): number {
  const port = Number(text)
  if (text === undefined || !/^\d+$/.test(text) || port < 1 || port > 65535)
    throw new DeckError(`${option} must be a port number from 1 to 65535, got "${text ?? ''}".`)
  return port
}

export function portInUseMessage(port: number, host: string, advice: string): string {
  return `Port ${port} is already in use on ${host} (another program, perhaps another deck server, is listening there). ${advice}`
}

/** The one-line message for a failed listen (a server's 'error' event). */
export function describeListenError(error: NodeJS.ErrnoException, port: number, host: string, advice: string): string {
  if (error.code === 'EADDRINUSE')
    return portInUseMessage(port, host, advice)
  if (error.code === 'EACCES')
    return `Port ${port} on ${host} needs more privileges than this user has (ports under 1024 usually do). ${advice}`
  if (error.code === 'EADDRNOTAVAIL')
    return `Cannot listen on ${host}: it is not an address of this machine.`
  return `Cannot listen on ${host}:${port}: ${error.code ?? error.message}.`
}

/** The addresses a host name stands for: `localhost` may mean 127.0.0.1 and ::1. */
export async function addressesOf(host: string): Promise<string[]> {
  const found = await lookup(host, { all: true })
  return [...new Set(found.map(entry => entry.address))]
}

function probe(port: number, host: string): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolvePromise) => {
    const server = createServer()
    server.once('error', (error: NodeJS.ErrnoException) => resolvePromise(error))
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolvePromise(undefined)))
  })
}

/** Resolves when `port` is free on every one of `hosts`; else rejects with a one-line DeckError. */
export async function assertPortFree(port: number, hosts: string[], advice: string): Promise<void> {
  for (const host of hosts) {
    const error = await probe(port, host)
    if (error)
      throw new DeckError(describeListenError(error, port, host, advice))
  }
}

/*
 * `deck dev`. Left alone, Slidev moves to the next free port when 3030 is taken (and with an
 * explicit --port it dies with a stack trace), so a bookmarked http://localhost:3030/presenter
 * would open whatever else is listening there. The port is checked first, on 127.0.0.1 and on
 * every address Slidev will listen on; Slidev then runs with that exact port.
 */

/** Slidev's own default. */
export const defaultDevPort = 3030

export interface DevOptions {
  port: number
  /** Where Slidev listens: `localhost`, or with --remote the --bind address (default 0.0.0.0). */
  host: string
  /** The arguments for `slidev`, with the port made explicit. */
  slidevArgs: string[]
}

/** Starts Slidev's dev server once its port is known to be free; resolves with its exit code. */
export async function runDevServer({ port, host, slidevArgs }: DevOptions): Promise<number> {
  const hosts = [...new Set(['127.0.0.1', ...await addressesOf(host)])]
  await assertPortFree(port, hosts, `Stop it, or start the deck on another port: npm run dev -- --port ${port === 65535 ? port - 1 : port + 1}`)
  const slidev = spawnSlidev(slidevArgs)
  // Ctrl-C and a test runner's SIGTERM stop Slidev too; the command ends with Slidev's exit code.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => slidev.kill(signal))
  return new Promise((resolvePromise, reject) => {
    slidev.on('error', reject)
    slidev.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)))
  })
}

/*
 * `deck build`: the web deck, every edition. The English one is built to the output folder under
 * the base; each other edition to its folder beneath it (dist/fr/ under `<base>fr/`), so that one
 * static host serves both. Always without speaker notes.
 */

export interface BuildPlan {
  entry: string
  args: string[]
  /** The folder this edition is built to. */
  out: string
}

/** One `slidev build` per edition, root edition first (its build empties the output folder). */
export function planBuilds({ base, out, slidevArgs }: { base: string, out: string, slidevArgs: readonly string[] }): BuildPlan[] {
  const folderBase = base.endsWith('/') ? base : `${base}/`
  return [...editionList]
    .sort((a, b) => a.path.length - b.path.length)
    .map(edition => ({
      entry: edition.entry,
      args: ['build', edition.entry, '--without-notes', '--base', `${folderBase}${edition.path}`, '--out', join(out, edition.path), ...slidevArgs],
      out: join(out, edition.path),
    }))
}

/**
 * Netlify-style hosts read only the site's root _redirects, whose SPA rule (`<base>*`) Slidev
 * writes for the root edition alone: it would send `<base>fr/3` to the English index.html. The
 * nested editions' rules (which Slidev wrote in their folders) go first, so they win.
 */
export function mergeRedirects(root: string, nested: readonly string[]): string {
  const lines = (text: string) => text.split('\n').filter(line => line.trim() !== '')
  return `${[...nested.flatMap(lines), ...lines(root)].join('\n')}\n`
}

async function mergeRedirectFiles(plans: readonly BuildPlan[]): Promise<void> {
  const [root, ...nested] = plans.map(plan => join(plan.out, '_redirects'))
  const read = (file: string) => readFile(file, 'utf8').catch(() => '')
  await writeFile(root!, mergeRedirects(await read(root!), await Promise.all(nested.map(read))))
}

/**
 * Runs the builds in order, with `env` added to this process's environment; a failed one stops the
 * command with Slidev's exit code.
 */
export async function runBuilds(plans: readonly BuildPlan[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  for (const plan of plans) {
    console.log(`\nslidev ${plan.args.join(' ')}`)
    const code = await runSlidev(plan.args, { ...process.env, ...env })
    if (code !== 0)
      throw new DeckError(`slidev build ${plan.entry} exited with code ${code}`, { exitCode: code })
  }
  await mergeRedirectFiles(plans)
}
