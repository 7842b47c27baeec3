/** Starts the static server (bench/static-server.ts) in a process of its own for a spec file, and stops it. */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { projectRoot } from '../../scripts/files'

export interface StaticServerOptions {
  dir: string
  port: number
  base: string
  /** false: an unknown path is a 404, as on a host with no SPA fallback. */
  fallback: boolean
}

export interface RunningServer {
  stop: () => Promise<void>
}

export async function startStaticServer({ dir, port, base, fallback }: StaticServerOptions): Promise<RunningServer> {
  const args = ['--import', 'tsx', 'bench/static-server.ts', dir, String(port), base, ...(fallback ? [] : ['--no-fallback'])]
  // Node itself (not npx) so that killing it stops the server.
  const server: ChildProcess = spawn(process.execPath, args, { cwd: projectRoot, stdio: 'pipe' })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    server.stderr!.on('data', (chunk: Uint8Array) => {
      output += String(chunk)
      if (output.includes('Serving'))
        resolve()
    })
    server.on('exit', code => reject(new Error(`static server on port ${port} exited with ${code}: ${output.trim()}`)))
  })
  return {
    stop: () => new Promise<void>((resolve) => {
      if (server.exitCode !== null)
        return resolve()
      server.once('exit', () => resolve())
      server.kill()
    }),
  }
}
