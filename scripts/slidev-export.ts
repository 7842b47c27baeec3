/**
 * Runs Slidev's own exporter (`slidev export`) on a deck's entry with the Chromium that
 * scripts/chromium.ts resolves. Slidev prints its progress to this terminal.
 */
import { resolveChromium } from './chromium'
import { ExportError } from './export-command'
import { spawnSlidev } from './slidev-cli'

/** `slidev export --output <output> <args>`; rejects with an ExportError when Slidev fails. */
export function runSlidevExport(output: string, args: readonly string[]): Promise<void> {
  const browser = resolveChromium()
  console.log(`slidev export with ${browser.executablePath} (${browser.source})`)
  return new Promise((resolvePromise, reject) => {
    const child = spawnSlidev(['export', '--output', output, '--executable-path', browser.executablePath, '--timeout', '60000', ...args])
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolvePromise() : reject(new ExportError(`slidev export exited with code ${code}`)))
  })
}
