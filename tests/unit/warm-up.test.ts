/**
 * setup/warm-up.ts on a real Vite dev server over a small project: the port opens only once every
 * module the entry loads is compiled (static and dynamic imports, a virtual module), and nothing
 * the browser would not load (a file a plugin only watches) is compiled.
 */
import type { ViteDevServer } from 'vite'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { warmUpDeck } from '../../setup/warm-up'

let root: string | undefined
let server: ViteDevServer | undefined

afterEach(async () => {
  await server?.close()
  await rm(root!, { recursive: true, force: true })
  server = undefined
})

async function project(): Promise<string> {
  root = await mkdtemp(join(tmpdir(), 'deck-warm-up-'))
  const files = {
    'main.ts': `import { a } from './a.ts'\nimport 'virtual:words'\nexport const loadSlide = () => import('./slide.ts')\nconsole.log(a)\n`,
    'a.ts': `export const a = 1\n`,
    'slide.ts': `import { deep } from './deep.ts'\nexport default deep\n`,
    'deep.ts': `export const deep = 'deep'\n`,
    'watched-only.ts': `throw new Error('never compiled')\n`,
  }
  for (const [name, text] of Object.entries(files))
    await writeFile(join(root, name), text)
  return root
}

async function compiled(url: string): Promise<boolean> {
  const module = await server!.environments.client.moduleGraph.getModuleByUrl(url)
  return module?.transformResult != null
}

describe('warmUpDeck', () => {
  it('compiles everything the entry loads before the port opens, and nothing else', async () => {
    const dir = await project()
    server = await createServer({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', fs: { allow: [dir] } },
      optimizeDeps: { noDiscovery: true, include: [] },
      plugins: [
        warmUpDeck(dir),
        {
          // A virtual module whose load watches a file, as data/vite-plugin.ts watches the data.
          name: 'words',
          resolveId: id => id === 'virtual:words' ? '\0virtual:words' : undefined,
          load(id) {
            if (id !== '\0virtual:words')
              return undefined
            this.addWatchFile(join(dir, 'watched-only.ts'))
            return 'export default "words"'
          },
        },
      ],
    })
    const listening = new Promise<string[]>((resolve) => {
      server!.httpServer!.once('listening', () => {
        // What is compiled at the moment the port opens.
        void Promise.all(['/a.ts', '/slide.ts', '/deep.ts', '/@id/__x00__virtual:words'].map(async url => `${url} ${await compiled(url.replace('/@id/__x00__', '\0'))}`)).then(resolve)
      })
    })
    await server.listen()
    expect(await listening).toEqual(['/a.ts true', '/slide.ts true', '/deep.ts true', '/@id/__x00__virtual:words true'])
    expect(await compiled('/watched-only.ts')).toBe(false)
  })
})
