/**
 * A server whose port is already taken stops at once, with one line naming the port and a
 * non-zero exit: `npm run dev` (Slidev alone would move to another port, so the presenter's
 * bookmarked URL would open something else, or print a stack trace) and the tests' static server.
 */
import type { Server } from 'node:net'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { projectRoot } from '../../scripts/files'
import { occupiedPort as port } from '../support/ports'
import { expect, test } from './fixtures'

interface Run {
  code: number | null
  output: string
  seconds: number
}

/** How long a refusal may take: npm, the data check and tsx starting, on a busy machine. */
const refusalSeconds = 30

/** Runs a command to its end, or kills it (and its children) after `refusalSeconds`. */
function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    // Its own process group, so that a command that did not stop can be stopped with its children.
    const child = spawn(command, args, { cwd: projectRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Uint8Array) => output += String(chunk))
    child.stderr.on('data', (chunk: Uint8Array) => output += String(chunk))
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), refusalSeconds * 1000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output, seconds: (Date.now() - started) / 1000 })
    })
  })
}

let occupier: Server | undefined

test.beforeEach(async () => {
  occupier = createServer()
  await new Promise<void>(resolve => occupier!.listen(port, '127.0.0.1', resolve))
})

test.afterEach(async () => {
  await new Promise(resolve => occupier?.close(resolve))
})

test.describe('a port already in use on 127.0.0.1', () => {
  test.setTimeout((refusalSeconds + 30) * 1000)

  test('stops npm run dev with one line naming the port, and a non-zero exit', async () => {
    const result = await run('npm', ['run', 'dev', '--', '--port', String(port)])
    expect(result.code, result.output).not.toBe(0)
    expect(result.code, 'exited by itself, not killed').not.toBeNull()
    expect(result.seconds).toBeLessThan(refusalSeconds)
    expect(result.output).toContain(`The deck did not start. Port ${port} is already in use on 127.0.0.1`)
    expect(result.output, 'no stack trace').not.toMatch(/^\s+at /m)
    // Slidev never started: it prints its banner with the URL once it listens.
    expect(result.output).not.toContain('public slide show')
  })

  test('stops the tests\' static server with one line naming the port, and a non-zero exit', async () => {
    const result = await run(process.execPath, ['--import', 'tsx', 'bench/static-server.ts', 'dist', String(port)])
    expect(result.code, result.output).toBe(1)
    expect(result.seconds).toBeLessThan(refusalSeconds)
    expect(result.output.trim()).toBe(`The static server did not start. Port ${port} is already in use on 127.0.0.1 (another program, perhaps another deck server, is listening there). Stop it, or shift every test port with TEST_PORT_OFFSET.`)
  })
})
