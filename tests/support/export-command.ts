/** Runs an export command (`tsx scripts/deck.ts export <format>`) as `npm run` would, and captures its output. */
import type { ExportFormat } from '../../scripts/deck'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect } from '@playwright/test'
import { projectRoot } from '../../scripts/files'

export function runExport(format: ExportFormat, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/deck.ts', 'export', format, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 170_000,
  })
}

/**
 * Asks an export to write `fileName` into a folder that cannot be made (a folder under a regular
 * file, which even root cannot create), and expects a non-zero exit, the one-line message naming
 * the folder, and nothing written beside the file. One edition is enough: --output needs --lang.
 */
export function expectUnwritableOutputRefused(format: ExportFormat, fileName: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'deck-export-'))
  const file = join(dir, 'a-file')
  writeFileSync(file, '')
  const result = runExport(format, ['--lang', 'en', '--output', join(file, fileName)])
  expect(result.status).not.toBe(0)
  expect(result.stderr).toContain(`Export failed: Cannot write to "${file}"`)
  expect(readdirSync(dir)).toEqual(['a-file'])
}
