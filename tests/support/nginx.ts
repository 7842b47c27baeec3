/**
 * Runs the shipped deploy/nginx.conf in a real nginx for the tests. The file is used as it is, with
 * only its `listen` lines (loopback and a test port instead of port 80) and its `root` replaced,
 * and is included from a throwaway nginx.conf in a temporary folder that also holds the pid file,
 * the logs and nginx's temporary files.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import process from 'node:process'
import { projectRoot } from '../../scripts/files'

export const shippedNginxConfig = join(projectRoot, 'deploy', 'nginx.conf')

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

/** deploy/nginx.conf with its `listen` lines and `root` set for a test; fails if either is missing. */
export function siteConfigForTest(shipped: string, { port, root }: { port: number, root: string }): string {
  let listens = 0
  const withListen = shipped.replace(/^([ \t]*)listen\s[^;]*;[ \t]*\n/gm, (_line, indent: string) =>
    listens++ === 0 ? `${indent}listen 127.0.0.1:${port};\n` : '')
  let roots = 0
  const withRoot = withListen.replace(/^([ \t]*)root\s[^;]*;/gm, (_line, indent: string) => {
    roots++
    return `${indent}root ${root};`
  })
  if (listens === 0 || roots !== 1)
    throw new Error(`deploy/nginx.conf must have a \`listen\` line and exactly one \`root\` line for the tests to replace (found ${listens} listen and ${roots} root lines)`)
  return withRoot
}

/** The folder of nginx's own configuration, where its mime.types is. */
function nginxConfDir(nginx: string): string {
  // `nginx -V` prints its build options, --conf-path among them, on stderr.
  const { stdout, stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' })
  const confPath = /--conf-path=(\S+)/.exec(`${stdout}${stderr}`)?.[1] ?? '/etc/nginx/nginx.conf'
  return dirname(confPath)
}

export interface RunningNginx {
  origin: string
  /** Stops nginx and removes its temporary folder; safe to call twice. */
  stop: () => Promise<void>
}

async function answers(origin: string): Promise<boolean> {
  return fetch(origin, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false)
}

async function waitUntilServing(origin: string, nginx: ChildProcess, errors: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null)
      throw new Error(`nginx exited with code ${nginx.exitCode}: ${await errors()}`)
    if (await answers(origin))
      return
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new Error(`nginx did not answer at ${origin} within 10 s: ${await errors()}`)
}

/** Starts nginx in the foreground on 127.0.0.1:<port>, serving <root> with deploy/nginx.conf. */
export async function startNginx({ port, root }: { port: number, root: string }): Promise<RunningNginx> {
  const nginx = findNginx()
  const origin = `http://127.0.0.1:${port}`
  // Else the tests could run against whatever already listens there.
  if (await answers(origin))
    throw new Error(`port ${port} is already in use: stop what listens there, or set TEST_PORT_OFFSET`)
  const prefix = await mkdtemp(join(tmpdir(), 'deck-nginx-'))
  const site = siteConfigForTest(await readFile(shippedNginxConfig, 'utf8'), { port, root })
  await writeFile(join(prefix, 'site.conf'), site)
  await writeFile(join(prefix, 'nginx.conf'), [
    // As root, nginx's workers would run as `nobody`, who may not read a checkout under /root.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    'events { worker_connections 64; }',
    'http {',
    `  include ${join(nginxConfDir(nginx), 'mime.types')};`,
    '  default_type application/octet-stream;',
    `  access_log ${join(prefix, 'access.log')};`,
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
    await waitUntilServing(origin, child, errors)
  }
  catch (error) {
    await stop()
    throw error
  }
  return { origin, stop }
}
