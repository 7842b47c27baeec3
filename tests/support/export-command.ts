/** Runs an export command (`tsx scripts/<script>`) as `npm run` would, and captures its output. */
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { projectRoot } from '../../scripts/deck-outline'

export function runExport(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync('npx', ['tsx', `scripts/${script}`, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 170_000,
  })
}
