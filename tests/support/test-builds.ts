/**
 * Deck builds that browser tests serve from .test-builds/<name>/, built with base /<name>/. Each
 * holds both editions (`npm run build` builds English in <name>/ and French in <name>/fr/). Each is
 * built once per test run, however many spec files and test workers serve it: the first to ask
 * builds every build it is given, side by side, and the others wait for it.
 */
import type { ChildProcess } from 'node:child_process'
import { execFile, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { deckDataModuleVariable } from '../../data/data-module'
import { projectRoot } from '../../scripts/files'
import { planBuilds, slidevCli } from '../../scripts/slidev'
import { trimSwitch } from '../../trim/vite-plugin'
import { portOffset } from './ports'

export interface TestBuild {
  /** Its folder under .test-builds/, and its base path. */
  name: string
  /** The package.json script that builds it. */
  script: 'build' | 'build:hash'
  /** Its options besides --base and --out. */
  options?: readonly string[]
  /** The module of its data (DECK_DATA_MODULE, data/data-module.ts), when not the deck's own. */
  dataModule?: string
}

/** The origin the sub-path build's link previews give (`--site-origin`): the HTTPS tests' host name. */
export const testSiteOrigin = 'https://deck.test'

/** `npm run build -- --base /seminar/ --site-origin https://deck.test`: history routing under a sub-path. */
export const subpathBuild: TestBuild = { name: 'seminar', script: 'build', options: ['--site-origin', testSiteOrigin] }
/** `npm run build:hash -- --base /seminar-hash/`: hash routing, for hosts with no SPA fallback. */
export const hashBuild: TestBuild = { name: 'seminar-hash', script: 'build:hash' }
/** The deck built from the larger fixture data (tests/fixtures/growth-deck/), for tests/e2e/growth-deck.spec.ts. */
export const growthDeckBuild: TestBuild = { name: 'growth-deck', script: 'build', dataModule: 'tests/fixtures/growth-deck/deck.ts' }

/**
 * Where the builds go. A suite run with TEST_PORT_OFFSET (beside another checkout's, or another
 * run in this one) builds in a folder of its own, so that neither rebuilds what the other serves.
 */
export const testBuildsRoot = join(projectRoot, '.test-builds', ...(portOffset === 0 ? [] : [`offset-${portOffset}`]))

export function basePath(build: TestBuild): string {
  return `/${build.name}/`
}

export function buildDir(build: Pick<TestBuild, 'name'>): string {
  return join(testBuildsRoot, build.name)
}

/**
 * This run of the suite: set once by playwright.config.ts in the runner's process, which its
 * workers inherit. A build stamped with it was built by this run.
 */
export const testRunVariable = 'DECK_TEST_RUN'
const thisRun = (): string => process.env[testRunVariable] ?? `process-${process.pid}`

const stampOf = (build: Pick<TestBuild, 'name'>): string => join(testBuildsRoot, `${build.name}.run`)
const builtThisRun = (build: Pick<TestBuild, 'name'>): boolean => existsSync(stampOf(build)) && readFileSync(stampOf(build), 'utf8') === thisRun()
const lockDir = (): string => join(testBuildsRoot, '.building')

function npmRun(build: TestBuild): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = build.dataModule === undefined ? process.env : { ...process.env, [deckDataModuleVariable]: build.dataModule }
    const child: ChildProcess = spawn('npm', ['run', build.script, '--', '--base', basePath(build), '--out', buildDir(build), ...build.options ?? []], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout!.on('data', (chunk: Uint8Array) => output += String(chunk))
    child.stderr!.on('data', (chunk: Uint8Array) => output += String(chunk))
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolve() : reject(new Error(`npm run ${build.script} for ${buildDir(build)} exited with ${code}:\n${output.slice(-4000)}`)))
  })
}

/** Whether the process that took the lock is still running (a run that was killed leaves its lock behind). */
function lockHolderAlive(): boolean {
  const pid = Number(readFileSync(join(lockDir(), 'pid'), { encoding: 'utf8', flag: 'r' }).trim() || Number.NaN)
  if (!Number.isInteger(pid))
    return true // Being written: give it a moment.
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}

/** Takes the folder lock (mkdir is atomic), or waits for whoever holds it to finish. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(testBuildsRoot, { recursive: true })
  const deadline = Date.now() + 300_000
  for (;;) {
    try {
      mkdirSync(lockDir())
      writeFileSync(join(lockDir(), 'pid'), String(process.pid))
      break
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw error
      let alive = true
      try {
        alive = lockHolderAlive()
      }
      catch {} // The lock went away meanwhile, or its pid file is not written yet.
      if (!alive || Date.now() > deadline)
        rmSync(lockDir(), { recursive: true, force: true })
      else
        await new Promise(resolve => setTimeout(resolve, 500))
    }
  }
  try {
    return await work()
  }
  finally {
    rmSync(lockDir(), { recursive: true, force: true })
  }
}

/**
 * Builds those of `builds` that this run has not built yet, side by side (about 40 s for both
 * editions of both builds on two cores), and returns their folders in order.
 */
export async function ensureTestBuilds(...builds: TestBuild[]): Promise<string[]> {
  if (!builds.every(builtThisRun)) {
    await withBuildLock(async () => {
      const missing = builds.filter(build => !builtThisRun(build))
      for (const build of missing)
        rmSync(stampOf(build), { force: true })
      await Promise.all(missing.map(npmRun))
      for (const build of missing)
        writeFileSync(stampOf(build), thisRun())
    })
  }
  return builds.map(buildDir)
}

/** Every test build, as the specs that serve them ask for them: one request builds them all. */
export const allTestBuilds = [subpathBuild, hashBuild] as const

/**
 * The English edition with Slidev whole (`DECK_TRIM=off`, trim/vite-plugin.ts), built as `npm run
 * build` builds it into dist/ (same `slidev build`, base /), so that tests/e2e/trim.spec.ts can set
 * the two side by side and measure both with bench/first-visit.ts. One `slidev build` (the French
 * edition is trimmed alike), once per run, under the lock the other test builds take.
 */
export const untrimmedBuild = { name: 'untrimmed' } as const

export async function ensureUntrimmedBuild(): Promise<string> {
  const out = buildDir(untrimmedBuild)
  if (!builtThisRun(untrimmedBuild)) {
    await withBuildLock(async () => {
      if (builtThisRun(untrimmedBuild))
        return
      rmSync(stampOf(untrimmedBuild), { force: true })
      const [rootEdition] = planBuilds({ base: '/', out, slidevArgs: [] })
      await promisify(execFile)(process.execPath, [slidevCli, ...rootEdition!.args], { cwd: projectRoot, env: { ...process.env, [trimSwitch]: 'off' }, maxBuffer: 64 * 1024 * 1024 })
        .catch((error: Error & { stdout?: string, stderr?: string }) => {
          throw new Error(`${trimSwitch}=off slidev ${rootEdition!.args.join(' ')} failed:\n${`${error.stdout ?? ''}${error.stderr ?? ''}`.slice(-4000) || error.message}`)
        })
      writeFileSync(stampOf(untrimmedBuild), thisRun())
    })
  }
  return out
}
