/**
 * How every export writes its file: under a temporary name next to the target, checked, and only
 * then renamed to the final name. A failed or interrupted export never leaves a broken file under
 * the final name. The temporary file sits in the target's folder (not in /tmp) because a rename is
 * atomic only within one file system.
 */
import { constants } from 'node:fs'
import { access, mkdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import process from 'node:process'
import { ExportError } from './export-command'

/** Creates `dir` if needed; fails with a clear message when it cannot be created or written. */
export async function ensureWritableDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
  }
  catch (error) {
    throw new ExportError(`Cannot write to "${dir}": ${(error as NodeJS.ErrnoException).code ?? String(error)}. Choose another --output or fix the folder's permissions.`)
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
      throw new ExportError(`Cannot write "${target}": ${error.code ?? String(error)}${error.code === 'EISDIR' ? ' (a folder has that name)' : ''}.`)
    })
  }
  finally {
    await rm(partial, { force: true })
  }
}
