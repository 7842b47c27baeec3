/** `npm run dev` (scripts/deck.ts dev): where Slidev will listen, and the port check that runs before it. */
import type { Server } from 'node:net'
import { createServer } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { parseDevArgs } from '../../scripts/deck'
import { DeckError } from '../../scripts/files'
import { assertPortFree, defaultDevPort, parsePort } from '../../scripts/slidev'

describe('parseDevArgs', () => {
  it('makes Slidev\'s default port explicit, so Slidev cannot move to another one', () => {
    expect(parseDevArgs(['--open=false'])).toEqual({ port: defaultDevPort, host: 'localhost', slidevArgs: ['--open=false', '--port', '3030'] })
  })

  it.each([['--port', '4000'], ['--port=4000'], ['-p', '4000']])('reads the port from %s', (...args) => {
    const options = parseDevArgs(args)
    expect(options.port).toBe(4000)
    expect(options.slidevArgs).toEqual(['--port', '4000'])
  })

  it('passes the entry and every other option on to Slidev, as written and in order', () => {
    expect(parseDevArgs(['slides.fr.md', '--port', '3130', '--open=false', '--remote', 'secret', '--bind', '0.0.0.0', '--log', 'info']).slidevArgs)
      .toEqual(['slides.fr.md', '--open=false', '--remote', 'secret', '--bind', '0.0.0.0', '--log', 'info', '--port', '3130'])
  })

  it('listens on the --bind address only with --remote, as Slidev does', () => {
    expect(parseDevArgs(['--bind', '127.0.0.1']).host).toBe('localhost')
    expect(parseDevArgs(['--remote', '--bind', '192.0.2.1']).host).toBe('192.0.2.1')
    expect(parseDevArgs(['--remote=secret']).host).toBe('0.0.0.0')
  })

  it.each(['abc', '0', '65536', '3030.5', ''])('refuses the port "%s" in one line naming it', (port) => {
    expect(() => parseDevArgs(['--port', port])).toThrowError(new DeckError(`--port must be a port number from 1 to 65535, got "${port}".`))
  })

  it('refuses --port with no value', () => {
    expect(() => parseDevArgs(['--port'])).toThrowError(new DeckError('--port must be a port number from 1 to 65535, got "".'))
  })
})

describe('assertPortFree', () => {
  let server: Server | undefined
  afterEach(() => new Promise<void>(resolve => server ? server.close(() => resolve()) : resolve()))

  async function occupy(host: string): Promise<number> {
    server = createServer()
    await new Promise<void>(resolve => server!.listen(0, host, resolve))
    const address = server.address()
    if (address === null || typeof address === 'string')
      throw new Error('no port')
    return address.port
  }

  it('passes for a free port, and leaves it free', async () => {
    const port = await occupy('127.0.0.1')
    await new Promise(resolve => server!.close(resolve))
    server = undefined
    await assertPortFree(port, ['127.0.0.1'], '')
    await assertPortFree(port, ['127.0.0.1'], '')
  })

  it('names the port and the address that are taken', async () => {
    const port = await occupy('127.0.0.1')
    await expect(assertPortFree(port, ['127.0.0.1'], 'Try another.')).rejects.toThrowError(
      new DeckError(`Port ${port} is already in use on 127.0.0.1 (another program, perhaps another deck server, is listening there). Try another.`),
    )
  })

  it('finds a server listening on every address (0.0.0.0) from 127.0.0.1', async () => {
    const port = await occupy('0.0.0.0')
    await expect(assertPortFree(port, ['127.0.0.1'], '')).rejects.toThrowError(`Port ${port} is already in use on 127.0.0.1`)
  })

  it('parses a port, or names the option that is wrong', () => {
    expect(parsePort('8080', '--port')).toBe(8080)
    expect(() => parsePort(undefined, 'The port argument')).toThrowError('The port argument must be a port number from 1 to 65535, got "".')
  })
})
