/**
 * A data file that fails to load, as the one line an editor needs: the file, line and column, and
 * what is wrong there, e.g. `data/projects.ts:80:4: Expected identifier but found "]"`. Neither the
 * transformer's log nor Node's stack reaches the editor.
 */
import { join, relative, sep } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { DataFileError, dataFiles } from './problems'

interface SourceLocation { file: string, line: number, column: number }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isLocation(value: unknown): value is SourceLocation {
  return isRecord(value) && typeof value.file === 'string' && typeof value.line === 'number' && typeof value.column === 'number'
}

/**
 * Where the error is, and what it says there: the transformer's first error (a syntax error: tsx's
 * esbuild, or Vite's Oxc, each at its line and 0-based column), else the first frame of the stack (an error the
 * file raised as it ran, e.g. `ture is not defined`).
 */
function locate(error: Error): { location: SourceLocation, text: string } | undefined {
  const { errors } = error as { errors?: unknown }
  const [first]: unknown[] = Array.isArray(errors) ? errors : []
  if (isRecord(first) && isLocation(first.location) && typeof first.text === 'string')
    return { location: first.location, text: first.text }
  // Vite's transformer (Oxc): `loc`, and a coloured, framed message whose first line says what
  if (isRecord(first) && isLocation(first.loc) && typeof first.message === 'string')
    return { location: first.loc, text: stripVTControlCharacters(first.message).split('\n')[0]!.replace(/^\[[A-Z_]+\] /, '') }
  // tsx transforms in Node's loader thread, which hands back esbuild's error as its message alone
  const logged = /^(\/[^\n]+?):(\d+):(\d+): ERROR: (.+)$/m.exec(error.message)
  if (logged)
    return { location: { file: logged[1]!, line: Number(logged[2]), column: Number(logged[3]) }, text: logged[4]! }
  const firstFrame = error.stack?.split('\n').find(line => /^\s+at /.test(line)) ?? ''
  const frame = /((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?$/.exec(firstFrame)
  if (frame)
    return { location: { file: frame[1]!.replace(/^file:\/\//, ''), line: Number(frame[2]), column: Number(frame[3]) }, text: error.message }
  return undefined
}

/**
 * The error one of the data files an editor writes (data/event.ts…data/projects.ts, under `root`)
 * raised while loading, as a DataFileError of one line; undefined for any other error (a bug in the
 * deck's code, to report with its stack).
 */
export function dataFileError(error: unknown, root: string): DataFileError | undefined {
  if (!(error instanceof Error))
    return undefined
  const editedFiles = new Set<string>(Object.values(dataFiles).map(file => join(root, file)))
  const found = locate(error)
  if (found && editedFiles.has(found.location.file))
    return new DataFileError(`${relative(root, found.location.file)}:${found.location.line}:${found.location.column}: ${found.text}`)
  // Node's own module errors (a data file deleted or renamed) name the files in their message
  const code = (error as NodeJS.ErrnoException).code
  if (code?.startsWith('ERR_') && error.message.includes(join(root, 'data', sep)))
    return new DataFileError(error.message.split('\n')[0]!.replaceAll(`${root}${sep}`, ''))
  return undefined
}
