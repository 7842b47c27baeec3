/**
 * Runs the shipped deploy/nginx.conf in a real nginx for the tests, over HTTPS with a test
 * certificate. The file is used as it is, with only what must differ on a test machine replaced:
 * its ports (loopback test ports for 80 and 443, and the HTTPS port in the port-80 redirect), its
 * two folders (the deck's and certbot's challenges'), its certificate files and, for a deck built
 * under another base, its sub-path (as the file's header tells a reader to). It is included from a
 * throwaway nginx.conf in a temporary folder that also holds the pid file, the logs and nginx's
 * temporary files.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import process from 'node:process'
import { projectRoot } from '../../scripts/files'
import { loopbackGet } from './loopback-get'
import { deckHost } from './tls'

export const shippedNginxConfig = join(projectRoot, 'deploy', 'nginx.conf')

/** The sub-path the shipped file serves the deck under. */
export const shippedBase = '/seminar/'

/** Finds the nginx binary: on PATH, else Debian's /usr/sbin/nginx (not on a non-root PATH). */
export function findNginx(
  path: string = process.env.PATH ?? '',
  exists: (file: string) => boolean = existsSync,
): string {
  const candidates = [...path.split(delimiter).filter(Boolean).map(dir => join(dir, 'nginx')), '/usr/sbin/nginx']
  const found = candidates.find(exists)
  if (found === undefined)
    throw new Error('nginx is not installed (not on PATH, nor at /usr/sbin/nginx); the nginx tests need it: on Debian or Ubuntu, `sudo apt-get install -y nginx`.')
  return found
}

export interface TestSite {
  /** The loopback port for the shipped file's port 80 (the redirect and certbot's challenges). */
  httpPort: number
  /** The loopback port for the shipped file's port 443 (the deck). */
  httpsPort: number
  /** The built deck, for the file's /var/www/seminar/. */
  deckDir: string
  /** For the file's /var/www/acme, where certbot writes its challenges. */
  acmeDir: string
  certificateFile: string
  keyFile: string
  /** The base the deck was built with, when not the shipped /seminar/. */
  base?: string
}

/**
 * Replaces every match of `pattern` (global) with `replace`'s result, given the match's groups, and
 * checks that there were exactly `expected` matches, so that a change to the shipped file fails
 * loudly here.
 */
function replaceExactly(config: string, what: string, pattern: RegExp, expected: number, replace: (...groups: string[]) => string): string {
  let found = 0
  const replaced = config.replace(pattern, (_match: string, ...rest: unknown[]) => {
    found++
    // After the groups come the match's offset and the whole string.
    return replace(...rest.slice(0, -2) as string[])
  })
  if (found !== expected)
    throw new Error(`deploy/nginx.conf must have ${expected} ${what} for the tests to replace, found ${found}`)
  return replaced
}

/** deploy/nginx.conf as the tests run it (see the header); fails naming what it cannot find. */
export function siteConfigForTest(shipped: string, site: TestSite): string {
  const base = site.base ?? shippedBase
  let config = shipped
  if (base !== shippedBase) {
    // As the file's header says for another sub-path: every "/seminar" replaced.
    config = config.replaceAll(shippedBase.slice(0, -1), base.slice(0, -1))
  }
  // Loopback only: the IPv4 lines get 127.0.0.1 and the test port, the IPv6 ones go.
  const testPorts: Record<string, number> = { 80: site.httpPort, 443: site.httpsPort }
  config = replaceExactly(config, '`listen [::]:…` lines (one per port)', /^[ \t]*listen \[::\]:[^;]*;[ \t]*\n/gm, 2, () => '')
  config = replaceExactly(config, '`listen 80` and `listen 443` lines', /^([ \t]*)listen (80|443)\b([^;]*);/gm, 2, (indent, port, parameters) =>
    `${indent}listen 127.0.0.1:${testPorts[port!]}${parameters};`)
  config = replaceExactly(config, 'redirect to `https://$host` (port 443)', /https:\/\/\$host\$/g, 1, () => `https://$host:${site.httpsPort}$`)
  config = replaceExactly(config, '`alias` line (the deck\'s folder)', /^([ \t]*)alias\s[^;]*;/gm, 1, indent => `${indent}alias ${join(site.deckDir, '/')};`)
  config = replaceExactly(config, '`root` line (certbot\'s folder)', /^([ \t]*)root\s[^;]*;/gm, 1, indent => `${indent}root ${site.acmeDir};`)
  config = replaceExactly(config, '`ssl_certificate` line', /^([ \t]*)ssl_certificate\s[^;]*;/gm, 1, indent => `${indent}ssl_certificate ${site.certificateFile};`)
  config = replaceExactly(config, '`ssl_certificate_key` line', /^([ \t]*)ssl_certificate_key\s[^;]*;/gm, 1, indent => `${indent}ssl_certificate_key ${site.keyFile};`)
  return config
}

/** The folder of nginx's own configuration, where its mime.types is. */
function nginxConfDir(nginx: string): string {
  // `nginx -V` prints its build options, --conf-path among them, on stderr.
  const { stdout, stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' })
  const confPath = /--conf-path=(\S+)/.exec(`${stdout}${stderr}`)?.[1] ?? '/etc/nginx/nginx.conf'
  return dirname(confPath)
}

export interface RunningNginx {
  /** https://deck.test:<httpsPort>, the deck's origin. */
  origin: string
  /** http://deck.test:<httpPort>, the port-80 server's. */
  httpOrigin: string
  /** The folder served at /.well-known/acme-challenge/ on the HTTP port. */
  acmeDir: string
  /** nginx's access log so far, both servers' requests. */
  accessLog: () => Promise<string>
  /** Stops nginx and removes its temporary folder; safe to call twice. */
  stop: () => Promise<void>
}

/** Whether anything accepts a connection on 127.0.0.1:<port>. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    const settle = (taken: boolean) => {
      socket.destroy()
      resolve(taken)
    }
    socket.setTimeout(1000)
    socket.once('connect', () => settle(true))
    socket.once('error', () => settle(false))
    socket.once('timeout', () => settle(false))
  })
}

async function answers(httpOrigin: string): Promise<boolean> {
  return loopbackGet(httpOrigin, '/').then(() => true, () => false)
}

/** nginx opens all its ports before it answers on any: an answer on the HTTP port means both are open. */
async function waitUntilServing(httpOrigin: string, nginx: ChildProcess, errors: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null)
      throw new Error(`nginx exited with code ${nginx.exitCode}: ${await errors()}`)
    if (await answers(httpOrigin))
      return
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new Error(`nginx did not answer at ${httpOrigin} within 10 s: ${await errors()}`)
}

/** Starts nginx in the foreground on 127.0.0.1, serving the deck in <deckDir> with deploy/nginx.conf. */
export async function startNginx(site: Omit<TestSite, 'acmeDir'>): Promise<RunningNginx> {
  const nginx = findNginx()
  const origin = `https://${deckHost}:${site.httpsPort}`
  const httpOrigin = `http://${deckHost}:${site.httpPort}`
  // Else the tests could run against whatever already listens there.
  for (const port of [site.httpPort, site.httpsPort]) {
    if (await portTaken(port))
      throw new Error(`port ${port} is already in use: stop what listens there, or set TEST_PORT_OFFSET`)
  }
  const prefix = await mkdtemp(join(tmpdir(), 'deck-nginx-'))
  const acmeDir = join(prefix, 'acme')
  await mkdir(acmeDir)
  const config = siteConfigForTest(await readFile(shippedNginxConfig, 'utf8'), { ...site, acmeDir })
  await writeFile(join(prefix, 'site.conf'), config)
  const accessLog = join(prefix, 'access.log')
  await writeFile(join(prefix, 'nginx.conf'), [
    // As root, nginx's workers would run as `nobody`, who may not read a checkout under /root.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    'events { worker_connections 64; }',
    'http {',
    `  include ${join(nginxConfDir(nginx), 'mime.types')};`,
    '  default_type application/octet-stream;',
    `  access_log ${accessLog};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(kind => `  ${kind}_temp_path ${join(prefix, kind)};`),
    `  include ${join(prefix, 'site.conf')};`,
    '}',
    '',
  ].join('\n'))
  const errorLog = join(prefix, 'error.log')
  const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', errorLog, '-g', `daemon off; pid ${join(prefix, 'nginx.pid')}; error_log ${errorLog};`], { stdio: 'pipe' })
  let stderr = ''
  child.stderr!.on('data', (chunk: Uint8Array) => stderr += String(chunk))
  const errors = async () => `${stderr}${await readFile(errorLog, 'utf8').catch(() => '')}`.trim()
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    await rm(prefix, { recursive: true, force: true })
  }
  try {
    await waitUntilServing(httpOrigin, child, errors)
  }
  catch (error) {
    await stop()
    throw error
  }
  return { origin, httpOrigin, acmeDir, accessLog: () => readFile(accessLog, 'utf8'), stop }
}
