/**
 * Deck builds that browser tests serve from .test-builds/<name>/, built with base /<name>/. Each is
 * built at most once per test worker, however many spec files serve it.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { projectRoot } from '../../scripts/deck-outline'

export interface TestBuild {
  /** Its folder under .test-builds/, and its base path. */
  name: string
  /** The package.json script that builds it. */
  script: 'build' | 'build:hash'
}

/** `npm run build -- --base /seminar/`: history routing under a sub-path. */
export const subpathBuild: TestBuild = { name: 'seminar', script: 'build' }
/** `npm run build:hash -- --base /seminar-hash/`: hash routing, for hosts with no SPA fallback. */
export const hashBuild: TestBuild = { name: 'seminar-hash', script: 'build:hash' }

export const testBuildsRoot = join(projectRoot, '.test-builds')

export function basePath(build: TestBuild): string {
  return `/${build.name}/`
}

export function buildDir(build: TestBuild): string {
  return join(testBuildsRoot, build.name)
}

const built = new Set<string>()

/** Builds the deck (once per worker) and returns its folder. Takes about 15 s the first time. */
export function ensureTestBuild(build: TestBuild): string {
  const dir = buildDir(build)
  if (!built.has(build.name)) {
    execFileSync('npm', ['run', build.script, '--', '--base', basePath(build), '--out', dir], { cwd: projectRoot, stdio: 'pipe' })
    built.add(build.name)
  }
  return dir
}
