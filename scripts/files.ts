/**
 * What every deck command shares about files and failure: where the project is, whether a module
 * is the script Node runs, the one error class for an expected failure, where an export goes, and
 * how an export writes its file.
 */
import { constants } from 'node:fs'
import { access, mkdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'

export const projectRoot = resolve(import.meta.dirname, '..')

/** Whether the module at `moduleUrl` is the script Node was started with (not one a test imports). */
export function isMainModule(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href
}

/**
 * An expected failure of a deck command (bad option, port taken, folder not writable, failed
 * export…), whose message says what is wrong and what to do: printed in one line, without a stack.
 * `exitCode` is the command's exit code (1 unless a child process gave its own).
 */
export class DeckError extends Error {
  override name = 'DeckError'
  readonly exitCode: number

  constructor(message: string, { exitCode = 1 }: { exitCode?: number } = {}) {
    super(message)
    this.exitCode = exitCode
  }
}

/** Where an export goes by default: exports/<exportFilename><suffix>, e.g. suffix "-handout.pdf". */
export function defaultExportPath(outline: { exportFilename: string }, suffix: string): string {
  return join(projectRoot, 'exports', `${outline.exportFilename}${suffix}`)
}

/** Where an export goes: `--output` (relative to the project) when given, else its default path. */
export function exportPath(outline: { exportFilename: string }, output: string | undefined, suffix: string): string {
  return output === undefined ? defaultExportPath(outline, suffix) : resolve(projectRoot, output)
}

/*
 * Atomic writes. Every export writes its file under a temporary name next to the target, checks
 * it, and only then renames it to the final name: a failed or interrupted export never leaves a
 * broken file under the final name. The temporary file sits in the target's folder (not in /tmp)
 * because a rename is atomic only within one file system.
 */

/** Creates `dir` if needed; fails with a clear message when it cannot be created or written. */
export async function ensureWritableDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
  }
  catch (error) {
    throw new DeckError(`Cannot write to "${dir}": ${(error as NodeJS.ErrnoException).code ?? String(error)}. Choose another --output or fix the folder's permissions.`)
  }
}

/** `.name.partial-<pid>.ext` next to `target`: hidden, and unique to this process. */
function partialPathFor(target: string): string {
  const extension = extname(target)
  return join(dirname(target), `.${basename(target, extension)}.partial-${process.pid}${extension}`)
}

/**
 * Calls `write` with a temporary path next to `target`, then `check` on what it wrote, then renames
 * it to `target`. If any step fails, the temporary file is removed and `target` is left as it was.
 */
export async function writeFileAtomically(
  target: string,
  write: (partialPath: string) => Promise<void>,
  check: (partialPath: string) => Promise<void>,
): Promise<void> {
  await ensureWritableDirectory(dirname(target))
  const partial = partialPathFor(target)
  try {
    await write(partial)
    await check(partial)
    await rename(partial, target).catch((error: NodeJS.ErrnoException) => {
      throw new DeckError(`Cannot write "${target}": ${error.code ?? String(error)}${error.code === 'EISDIR' ? ' (a folder has that name)' : ''}.`)
    })
  }
  finally {
    await rm(partial, { force: true })
  }
}
