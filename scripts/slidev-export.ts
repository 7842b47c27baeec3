/**
 * Runs Slidev's own exporter (`slidev export`) on slides.md with the Chromium that
 * scripts/chromium.ts resolves. Slidev prints its progress to this terminal.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'
import { resolveChromium } from './chromium'
import { projectRoot } from './deck-outline'
import { ExportError } from './export-command'

/** `slidev export --output <output> <args>`; rejects with an ExportError when Slidev fails. */
export function runSlidevExport(output: string, args: readonly string[]): Promise<void> {
  const browser = resolveChromium()
  const slidev = resolve(projectRoot, 'node_modules/@slidev/cli/bin/slidev.mjs')
  const fullArgs = [slidev, 'export', '--output', output, '--executable-path', browser.executablePath, '--timeout', '60000', ...args]
  console.log(`slidev export with ${browser.executablePath} (${browser.source})`)
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, fullArgs, { cwd: projectRoot, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolvePromise() : reject(new ExportError(`slidev export exited with code ${code}`)))
  })
}
