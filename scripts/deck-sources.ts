/**
 * A digest of everything the rendered slides depend on: slides.md, components, layouts, styles,
 * data, public assets, configuration and the locked dependency versions. The PDF export stamps it
 * into the PDF, so that the handout can tell whether the PDF in exports/ still shows the current
 * slides (and reuse it) or is stale (and export afresh).
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { projectRoot } from './deck-outline'

/**
 * Top-level entries that do not change how a slide renders: outputs, caches, tests, the export
 * scripts themselves and documentation. Hidden entries (.git, .slidev, .ci, …) are skipped too.
 */
const notRendered = new Set(['node_modules', 'dist', 'exports', 'test-results', 'playwright-report', 'tests', 'scripts', 'README.md'])

async function renderedFiles(root: string): Promise<string[]> {
  const files: string[] = []
  for (const top of await readdir(root, { withFileTypes: true })) {
    if (top.name.startsWith('.') || notRendered.has(top.name) || top.name.endsWith('.local'))
      continue
    if (top.isFile()) {
      files.push(top.name)
    }
    else if (top.isDirectory()) {
      const inside = await readdir(join(root, top.name), { recursive: true, withFileTypes: true })
      files.push(...inside.filter(entry => entry.isFile()).map(entry => relative(root, join(entry.parentPath, entry.name))))
    }
  }
  return files.sort()
}

/** sha256 over the rendered sources' paths and contents, and the export options used. */
export async function deckSourceDigest(options: readonly string[] = [], root = projectRoot): Promise<string> {
  const hash = createHash('sha256')
  for (const path of await renderedFiles(root)) {
    hash.update(`${path.split(sep).join('/')}\0`)
    hash.update(await readFile(join(root, path)))
    hash.update('\0')
  }
  hash.update(JSON.stringify(options))
  return hash.digest('hex')
}
