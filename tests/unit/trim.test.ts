/**
 * The web deck's replacements for the parts of Slidev it leaves out (trim/vite-plugin.ts), checked
 * against the installed @slidev/client's own source: each replaced module must still be one the
 * client imports, and each replacement must offer every name the client takes from it. A Slidev
 * upgrade that moves nothing passes; one that moves something fails with what to do, naming the
 * module, the client file and both versions. Also the switch, DECK_TRIM.
 */
import type { TrimmedModule } from '../../trim/vite-plugin'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../scripts/files'
import { slidevCheckedAgainst, trimAliases, trimmedModules, trimSlidev, trimSwitchOn } from '../../trim/vite-plugin'

const clientPackage = createRequire(import.meta.url).resolve('@slidev/client/package.json')
const clientRoot = dirname(clientPackage)
const installedClient = (JSON.parse(await readFile(clientPackage, 'utf8')) as { version: string }).version
/** "52.21.0; trim/ checked against 52.20.1", or the version alone when they agree. */
const versions = installedClient === slidevCheckedAgainst ? installedClient : `${installedClient}; trim/ checked against ${slidevCheckedAgainst}`
/** "@slidev/client (52.21.0; …)" or "@slidev/client/<file> (…)", to begin every failure with. */
const client = (file?: string): string => `@slidev/client${file === undefined ? '' : `/${file}`} (${versions})`

/** All of a module: a namespace import, `export *`, or a dynamic import. */
const wholeModule = '*'

interface ClientImport {
  specifier: string
  /** The names taken from it (`default` for a default import), or wholeModule. */
  names: string[]
  /** Relative to the client's folder. */
  file: string
}

/** The names a clause takes: `Foo, { a, b as c, type T }` → default, a, b; `* as ns` → wholeModule. */
function namesIn(clause: string): string[] {
  if (clause.includes('*'))
    return [wholeModule]
  const defaultName = /^[\w$]+/.test(clause) ? ['default'] : []
  const named = (/\{([^}]*)\}/.exec(clause)?.[1] ?? '').split(',').map(part => part.trim()).filter(part => part !== '' && !part.startsWith('type '))
  return [...defaultName, ...named.map(part => part.split(/\s+as\s+/)[0]!)]
}

/** Every value import and re-export (types left out) in the client's .ts and .vue files, its own tests aside. Slidev's source quotes with ' throughout (its lint rules). */
async function clientImports(): Promise<ClientImport[]> {
  const files = (await readdir(clientRoot, { recursive: true })).filter(file => /\.(?:ts|vue)$/.test(file) && !/\.test\.ts$|node_modules/.test(file))
  const found: ClientImport[] = []
  for (const file of files) {
    const source = await readFile(join(clientRoot, file), 'utf8')
    for (const [, clause = '', specifier = ''] of source.matchAll(/^(?:import|export) ([^'"]+) from '([^']+)'/gm)) {
      if (!clause.startsWith('type '))
        found.push({ specifier, file, names: namesIn(clause.trim()) })
    }
    for (const [, specifier = ''] of source.matchAll(/^import '([^']+)'/gm))
      found.push({ specifier, file, names: [] })
    for (const [, specifier = ''] of source.matchAll(/\bimport\('([^']+)'\)/g))
      found.push({ specifier, file, names: [wholeModule] })
  }
  return found
}

const imports = await clientImports()

/** What is wrong with one trimmed module against the installed client, each as a sentence saying what to do. */
async function problemsWith({ module, replacement }: TrimmedModule): Promise<string[]> {
  const uses = imports.filter(use => use.specifier === module)
  if (uses.length === 0)
    return [`${client()} no longer imports ${module}: remove its entry from trim/vite-plugin.ts`]
  if (!existsSync(replacement))
    return [`${module}'s replacement ${relative(projectRoot, replacement)} is gone: point its entry in trim/vite-plugin.ts at the package's new public path, or remove the entry`]
  if (replacement.endsWith('.css'))
    return []
  const offered = await import(replacement) as Record<string, unknown>
  const where = relative(projectRoot, replacement)
  return uses.flatMap(use => use.names.flatMap((name) => {
    if (name === wholeModule)
      return [`${client(use.file)} now imports all of ${module}, which a replacement cannot be checked against name by name: check ${where} by hand against that file, or drop the entry from trim/vite-plugin.ts`]
    if (offered[name] === undefined)
      return [`${client(use.file)} now takes \`${name}\` from ${module}, which ${where} lacks: add it, or drop the entry from trim/vite-plugin.ts`]
    return []
  }))
}

describe(`the modules trim/ swaps, against the installed ${client()}`, () => {
  it('are distinct modules, each with a reason', () => {
    expect(new Set(trimmedModules.map(trimmed => trimmed.module)).size).toBe(trimmedModules.length)
    for (const trimmed of trimmedModules)
      expect(trimmed.why.length, trimmed.module).toBeGreaterThan(20)
  })

  it.each(trimmedModules.map(trimmed => [trimmed.module, trimmed] as const))('%s: the client imports it, and its replacement offers what it takes', async (_, trimmed) => {
    expect(await problemsWith(trimmed)).toEqual([])
  })

  // The runtime-only build exports `compile` too, as a function that only warns: checked apart.
  it('vue: no client file needs the template compiler the runtime-only build leaves out', () => {
    const compiles = imports.filter(use => use.specifier === 'vue' && use.names.includes('compile')).map(use => `${client(use.file)} now compiles templates in the browser (\`compile\` from vue): remove the vue entry from trim/vite-plugin.ts`)
    expect(compiles).toEqual([])
  })

  it('each alias matches its module exactly, not its subpaths', () => {
    const vue = trimAliases.find(alias => (alias.find as RegExp).test('vue'))!
    expect((vue.find as RegExp).test('vue/dist/vue.esm-bundler.js')).toBe(false)
    expect(trimAliases.filter(alias => (alias.find as RegExp).test('@shikijs/magic-move/style.css'))).toHaveLength(1)
  })
})

describe('the switch, DECK_TRIM', () => {
  it('trims when unset or on, builds Slidev whole when off', () => {
    expect(trimSwitchOn({})).toBe(true)
    expect(trimSwitchOn({ DECK_TRIM: 'on' })).toBe(true)
    expect(trimSwitchOn({ DECK_TRIM: 'off' })).toBe(false)
  })

  it('refuses any other value, in one line naming the variable', () => {
    expect(() => trimSwitchOn({ DECK_TRIM: 'no' })).toThrow('DECK_TRIM must be "on" or "off" (unset means on), not "no" (trim/vite-plugin.ts)')
  })

  it('off, the plugin adds no alias; on, every one', () => {
    const aliasesOf = (on: boolean): unknown => (trimSlidev(on).config as () => { resolve: { alias: unknown[] } } | undefined)()?.resolve.alias
    expect(aliasesOf(false)).toBeUndefined()
    expect(aliasesOf(true)).toEqual(trimAliases)
  })
})
