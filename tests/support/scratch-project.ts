/**
 * A scratch copy of the project in a temporary folder, node_modules linked rather than copied, in
 * which a test edits the data files as an editor would and runs the real npm scripts on them.
 */
import { spawn } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { projectRoot } from '../../scripts/files'

/** What the project's .gitignore keeps out of a checkout, and git's own folder: never copied. */
const notCopied = new Set(['.git', 'node_modules', 'dist', 'exports', 'test-results', 'playwright-report', '.test-builds', '.slidev', '.bench'])

export async function copyProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-scratch-'))
  for (const entry of await readdir(projectRoot)) {
    if (!notCopied.has(entry))
      await cp(join(projectRoot, entry), join(dir, entry), { recursive: true })
  }
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

export async function removeProject(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/** Replaces the one occurrence of `find` in a file of the copy; a test whose anchor moved fails here. */
export async function editOnce(dir: string, file: string, find: string, replace: string): Promise<void> {
  const text = await readFile(join(dir, file), 'utf8')
  const count = text.split(find).length - 1
  if (count !== 1)
    throw new Error(`${file} holds ${JSON.stringify(find)} ${count} times, not once`)
  await writeFile(join(dir, file), text.replace(find, () => replace))
}

/** Replaces every occurrence of `find` in a file of the copy, which must hold it. */
export async function editAll(dir: string, file: string, find: string, replace: string): Promise<void> {
  const text = await readFile(join(dir, file), 'utf8')
  if (!text.includes(find))
    throw new Error(`${file} does not hold ${JSON.stringify(find)}`)
  await writeFile(join(dir, file), text.replaceAll(find, replace))
}

/** Every file and folder in the copy, node_modules aside: to see that a command wrote nothing. */
export async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries.filter(entry => entry !== 'node_modules' && !entry.startsWith(`node_modules/`)).sort()
}

export interface ScriptRun {
  exitCode: number | null
  /** stdout then stderr, split into lines, empty ones left out. */
  lines: string[]
}

/**
 * `npm run --silent <script> -- <args>` in the copy (so npm adds no lines of its own). Killed,
 * with its children, after `timeoutMs`: a command that did not stop would otherwise start a server.
 */
export function runScript(dir: string, script: string, timeoutMs = 240_000, args: readonly string[] = []): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, detached: true })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => stdout += chunk)
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr += chunk)
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ exitCode: code, lines: `${stdout}\n${stderr}`.split('\n').filter(line => line.trim() !== '') })
    })
  })
}
