/**
 * Is a TCP port free to listen on? Checked by listening on it for a moment, on each address the
 * server will use, so that a server already there (even one bound to one address only) is found
 * before the real server starts, and reported in one line instead of a stack trace.
 */
import { lookup } from 'node:dns/promises'
import { createServer } from 'node:net'

export class PortError extends Error {
  override name = 'PortError'
}

/** Port text from the command line, as a port number, or a PortError naming the bad value. */
export function parsePort(text: string | undefined, option: string): number {
  const port = Number(text)
  if (text === undefined || !/^\d+$/.test(text) || port < 1 || port > 65535)
    throw new PortError(`${option} must be a port number from 1 to 65535, got "${text ?? ''}".`)
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
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error))
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)))
  })
}

/** Resolves when `port` is free on every one of `hosts`; else rejects with a one-line PortError. */
export async function assertPortFree(port: number, hosts: string[], advice: string): Promise<void> {
  for (const host of hosts) {
    const error = await probe(port, host)
    if (error)
      throw new PortError(describeListenError(error, port, host, advice))
  }
}
