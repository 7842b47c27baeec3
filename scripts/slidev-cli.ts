/**
 * Runs Slidev's command line with this Node (not through npx or a shell), so that signals reach
 * Slidev and its exit code comes straight back.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'
import { projectRoot } from './deck-outline'

export const slidevCli = resolve(projectRoot, 'node_modules/@slidev/cli/bin/slidev.mjs')

export function spawnSlidev(args: string[]): ChildProcess {
  return spawn(process.execPath, [slidevCli, ...args], { cwd: projectRoot, stdio: 'inherit' })
}
