/**
 * `npm run build`: the web deck, every edition. The English one is built to dist/ under the base
 * (`--base`, default `/`); each other edition to its folder beneath it, dist/fr/ under `<base>fr/`,
 * so that one static host serves both. Always without speaker notes. Other arguments (e.g.
 * `--router-mode hash`) are passed to every `slidev build`.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { editionList } from '../i18n/editions'
import { splitOption } from './cli-option'
import { spawnSlidev } from './slidev-cli'

export interface BuildPlan {
  entry: string
  args: string[]
  /** The folder this edition is built to. */
  out: string
}

/** One `slidev build` per edition, root edition first (its build empties the output folder). */
export function planBuilds(argv: readonly string[]): BuildPlan[] {
  let base = '/'
  let out = 'dist'
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [name, inline] = splitOption(arg)
    if (name === '--base')
      base = inline ?? argv[++i] ?? base
    else if (name === '--out' || name === '-o')
      out = inline ?? argv[++i] ?? out
    else
      rest.push(arg)
  }
  if (!base.endsWith('/'))
    base = `${base}/`
  return [...editionList]
    .sort((a, b) => a.path.length - b.path.length)
    .map(edition => ({
      entry: edition.entry,
      args: ['build', edition.entry, '--without-notes', '--base', `${base}${edition.path}`, '--out', join(out, edition.path), ...rest],
      out: join(out, edition.path),
    }))
}

/**
 * Netlify-style hosts read only the site's root _redirects, whose SPA rule (`<base>*`) Slidev
 * writes for the root edition alone: it would send `<base>fr/3` to the English index.html. The
 * nested editions' rules (which Slidev wrote in their folders) go first, so they win.
 */
export function mergeRedirects(root: string, nested: readonly string[]): string {
  const lines = (text: string) => text.split('\n').filter(line => line.trim() !== '')
  return `${[...nested.flatMap(lines), ...lines(root)].join('\n')}\n`
}

async function mergeRedirectFiles(plans: readonly BuildPlan[]): Promise<void> {
  const [root, ...nested] = plans.map(plan => join(plan.out, '_redirects'))
  const read = (file: string) => readFile(file, 'utf8').catch(() => '')
  await writeFile(root!, mergeRedirects(await read(root!), await Promise.all(nested.map(read))))
}

function run(args: string[]): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawnSlidev(args)
    child.on('error', reject)
    child.on('exit', code => resolvePromise(code ?? 1))
  })
}

async function main(): Promise<void> {
  const plans = planBuilds(process.argv.slice(2))
  for (const plan of plans) {
    console.log(`\nslidev ${plan.args.join(' ')}`)
    const code = await run(plan.args)
    if (code !== 0) {
      console.error(`Build failed: slidev build ${plan.entry} exited with code ${code}`)
      process.exit(code)
    }
  }
  await mergeRedirectFiles(plans)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main()
