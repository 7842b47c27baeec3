/**
 * One GET to a test server at the deck's host name, sent to 127.0.0.1 whatever the name (no name
 * is looked up), with exactly the request headers given (Playwright's and fetch's add
 * Accept-Encoding) and the path exactly as given (`..` included: URL parsers remove it). Over
 * https the server's certificate is checked against the test authority.
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { Buffer } from 'node:buffer'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface LoopbackGetOptions {
  headers?: Record<string, string>
  /** The certificate authority that signed the server's certificate (https only). */
  authority?: string
}

/** GETs `origin` + `path`; the origin's host name goes in the Host header and the TLS server name. */
export function loopbackGet(origin: string, path: string, { headers = {}, authority }: LoopbackGetOptions = {}): Promise<RawResponse> {
  const { protocol, hostname, host, port } = new URL(origin)
  const options = { host: '127.0.0.1', port: Number(port), path, headers: { host, ...headers } }
  return new Promise((resolve, reject) => {
    const collect = (response: IncomingMessage) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    }
    const sent = protocol === 'https:'
      ? httpsRequest({ ...options, servername: hostname, ca: authority, agent: false }, collect)
      : httpRequest(options, collect)
    sent.on('error', reject).end()
  })
}
