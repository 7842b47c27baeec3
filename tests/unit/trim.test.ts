/**
 * The web deck's stand-ins for the parts of Slidev it leaves out (trim/vite-plugin.ts) must offer
 * everything Slidev's client imports from the module each replaces, and each replaced module must
 * still be one the client imports: checked against the installed @slidev/client's own source.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { trimmedModules } from '../../trim/vite-plugin'

const clientRoot = dirname(createRequire(import.meta.url).resolve('@slidev/client/package.json'))

interface ClientImport { specifier: string, names: string[], file: string }

/** Every value import (not `import type`) in the client's .ts and .vue files, with the names it takes. */
async function clientImports(): Promise<ClientImport[]> {
  const files = (await readdir(clientRoot, { recursive: true })).filter(file => /\.(?:ts|vue)$/.test(file) && !file.includes('node_modules'))
  const found: ClientImport[] = []
  for (const file of files) {
    const source = await readFile(join(clientRoot, file), 'utf8')
    for (const [, clause = '', specifier = ''] of source.matchAll(/^import ([^']+) from '([^']+)'/gm)) {
      if (clause.startsWith('type '))
        continue
      const defaultName = /^[\w$]+/.test(clause) ? ['default'] : []
      const named = (/\{([^}]*)\}/.exec(clause)?.[1] ?? '').split(',').map(part => part.trim()).filter(part => part !== '' && !part.startsWith('type '))
      found.push({ specifier, file, names: [...defaultName, ...named.map(part => part.split(' as ')[0]!)] })
    }
    for (const [, specifier = ''] of source.matchAll(/^import '([^']+)'/gm))
      found.push({ specifier, file, names: [] })
  }
  return found
}

describe('the trimmed Slidev modules', async () => {
  const imports = await clientImports()

  it.each(trimmedModules.map(alias => [String(alias.find), alias] as const))('%s is imported by Slidev\'s client, and its stand-in offers what it takes', async (_, alias) => {
    const uses = imports.filter(use => (alias.find as RegExp).test(use.specifier))
    expect(uses, 'no file of @slidev/client imports it any more: remove it from trim/vite-plugin.ts').not.toEqual([])
    expect(existsSync(alias.replacement), alias.replacement).toBe(true)
    if (alias.replacement.endsWith('.css'))
      return
    const standIn = await import(alias.replacement) as Record<string, unknown>
    for (const use of uses) {
      for (const name of use.names)
        expect(standIn[name], `${name}, imported by @slidev/client/${use.file}`).toBeDefined()
    }
  })
})
