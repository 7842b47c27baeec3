/**
 * A certificate for the HTTPS tests, made with openssl for each test worker: a throwaway certificate
 * authority, and a server certificate it signed for the host name the tests reach the deck at.
 * Chromium trusts that authority through an NSS database in a home folder of its own (Chromium on
 * Linux reads ~/.pki/nssdb), as a browser trusts a real one: no certificate error is ignored, so a
 * service worker registers as it would on a real host.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

/** The deck's host name in the tests. `.test` is reserved (RFC 2606): it never names a real host. */
export const deckHost = 'deck.test'

/**
 * Chromium's resolver: the deck's host name is 127.0.0.1, and every other name resolves to nothing,
 * so the browser cannot reach any other machine.
 */
export const hostResolverRules = `MAP ${deckHost} 127.0.0.1, MAP * ~NOTFOUND`

export interface TestCertificates {
  /** The authority's certificate (PEM), for clients that check the server's certificate against it. */
  authority: string
  /** The server's certificate and key, for nginx's `ssl_certificate` and `ssl_certificate_key`. */
  certificateFile: string
  keyFile: string
  /** A HOME for Chromium whose NSS database trusts the authority. */
  browserHome: string
  /** Removes every file made here. */
  remove: () => Promise<void>
}

const run = promisify(execFile)

async function tool(command: string, args: string[], missing: string): Promise<void> {
  try {
    await run(command, args)
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${command} is not installed; the HTTPS tests need it: on Debian or Ubuntu, \`apt-get install -y ${missing}\`.`)
    throw new Error(`${command} ${args.join(' ')} failed: ${(error as { stderr?: string }).stderr ?? String(error)}`)
  }
}

/** An EC P-256 key and its certificate signing request (or self-signed certificate, with -x509). */
function newKeyArgs(keyFile: string, subject: string): string[] {
  return ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', keyFile, '-subj', subject]
}

export async function makeTestCertificates(): Promise<TestCertificates> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-tls-'))
  const file = (name: string) => join(dir, name)
  try {
    // The authority: valid for two days, allowed to sign certificates and nothing else.
    await tool('openssl', [
      ...newKeyArgs(file('ca.key'), '/CN=Deck test authority'),
      '-x509',
      '-days',
      '2',
      '-out',
      file('ca.pem'),
      '-addext',
      'basicConstraints=critical,CA:TRUE,pathlen:0',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ], 'openssl')
    // The server's certificate, as a public authority issues one: the host name as its only
    // subject alternative name, for TLS servers only.
    await tool('openssl', [...newKeyArgs(file('server.key'), `/CN=${deckHost}`), '-out', file('server.csr')], 'openssl')
    await writeFile(file('server.ext'), [
      `subjectAltName=DNS:${deckHost}`,
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      '',
    ].join('\n'))
    await tool('openssl', ['x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial', '-days', '2', '-extfile', file('server.ext'), '-out', file('server.pem')], 'openssl')

    const browserHome = file('home')
    const nssDatabase = `sql:${join(browserHome, '.pki', 'nssdb')}`
    await mkdir(join(browserHome, '.pki', 'nssdb'), { recursive: true })
    await tool('certutil', ['-N', '-d', nssDatabase, '--empty-password'], 'libnss3-tools')
    // C: a trusted authority for TLS servers.
    await tool('certutil', ['-A', '-d', nssDatabase, '-n', 'Deck test authority', '-t', 'C,,', '-i', file('ca.pem')], 'libnss3-tools')

    return {
      authority: await readFile(file('ca.pem'), 'utf8'),
      certificateFile: file('server.pem'),
      keyFile: file('server.key'),
      browserHome,
      remove: () => rm(dir, { recursive: true, force: true }),
    }
  }
  catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}
