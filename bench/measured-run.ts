/**
 * Runs a command to its end and reports its wall time and its peak memory: the largest sum, over
 * the command and every process it started (Chromium's, for an export), of each process's
 * proportional set size (PSS: shared pages split between the processes sharing them), sampled
 * every 100 ms from /proc. Where /proc is missing (not Linux), the memory is reported as null.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'

export interface MeasuredRun {
  seconds: number
  /** Peak memory of the process tree, in MB; null where it cannot be read. */
  peakMemoryMb: number | null
}

export class CommandError extends Error {
  override name = 'CommandError'
}

async function readOrEmpty(path: string): Promise<string> {
  return readFile(path, 'utf8').catch(() => '')
}

/** Every process's parent, from /proc/<pid>/stat (the field after the parenthesised name). */
async function parents(): Promise<Map<number, number>> {
  const pids = (await readdir('/proc')).filter(name => /^\d+$/.test(name))
  const entries = await Promise.all(pids.map(async (pid) => {
    const stat = await readOrEmpty(`/proc/${pid}/stat`)
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    return [Number(pid), ppid] as const
  }))
  return new Map(entries.filter(([, ppid]) => !Number.isNaN(ppid)))
}

async function processTree(root: number): Promise<number[]> {
  const parentOf = await parents()
  const tree = [root]
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parentOf) {
      if (ppid === tree[i])
        tree.push(pid)
    }
  }
  return tree
}

/** kB of PSS (or RSS, where smaps_rollup is missing) of one process; 0 once it has ended. */
async function memoryKb(pid: number): Promise<number> {
  const rollup = await readOrEmpty(`/proc/${pid}/smaps_rollup`)
  const pss = /^Pss:\s+(\d+) kB/m.exec(rollup)
  if (pss)
    return Number(pss[1])
  const status = await readOrEmpty(`/proc/${pid}/status`)
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0)
}

export async function measuredRun(command: string, args: string[], cwd: string): Promise<MeasuredRun> {
  const canSample = existsSync('/proc/self/stat')
  const started = performance.now()
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Uint8Array) => output += String(chunk))
  child.stderr.on('data', (chunk: Uint8Array) => output += String(chunk))
  const ended = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => resolve(code))
  })

  let peakKb = 0
  const state = { running: canSample && child.pid !== undefined }
  const stop = (): void => {
    state.running = false
  }
  ended.then(stop, stop)
  const sampling = (async () => {
    while (state.running) {
      const tree = await processTree(child.pid!)
      const kb = (await Promise.all(tree.map(memoryKb))).reduce((sum, value) => sum + value, 0)
      peakKb = Math.max(peakKb, kb)
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  })()

  const code = await ended
  const seconds = (performance.now() - started) / 1000
  await sampling
  if (code !== 0)
    throw new CommandError(`${[command, ...args].join(' ')} exited with code ${code}:\n${output.trim().split('\n').slice(-15).join('\n')}`)
  return { seconds, peakMemoryMb: canSample ? Math.round(peakKb / 1024) : null }
}
