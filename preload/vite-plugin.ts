/**
 * The first screen without a waterfall: the public build's index.html asks at once for what the
 * first slide needs after the entry script, which the browser would otherwise find one step at a
 * time (the entry runs, asks for Slidev's play page; that runs, asks for slide 1; slide 1 runs,
 * asks for its layout; its text is laid out, and only then is the font fetched). On a phone on
 * slow 4G each step is a round trip and a parse (measured with Lighthouse, `npm run bench`).
 *
 * `<link rel="modulepreload">` for Slidev's play page and slide 1 with every module they import,
 * `<link rel="preload" as="style">` for their stylesheets, `<link rel="preload" as="font">` for
 * the font file every slide uses (fonts/vite-plugin.ts). A visit that opens another slide first
 * also fetches slide 1's few kilobytes (its layout, its markdown), which Slidev would fetch 3 s
 * later anyway.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite'

/** What the first screen needs, as Rollup names it: Slidev's play page, and slide 1 of the deck. */
const firstScreenModules = [/\/@slidev\/client\/pages\/play\.vue$/, /^\/@slidev\/slides\/1\/md$/]

interface BundledChunk { type: 'chunk', fileName: string, facadeModuleId: string | null, imports: string[], viteMetadata?: { importedCss: Set<string> } }
interface BundledAsset { type: 'asset', fileName: string, names: string[] }

export function preloadFirstScreen(font: RegExp): Plugin {
  let base = '/'
  return {
    name: 'preload-first-screen',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle)
          return []
        const outputs = Object.values(bundle) as (BundledChunk | BundledAsset)[]
        const chunks = new Map(outputs.filter((output): output is BundledChunk => output.type === 'chunk').map(chunk => [chunk.fileName, chunk]))
        const scripts = new Set<string>()
        const styles = new Set<string>()
        const add = (chunk: BundledChunk): void => {
          // The entry and what it imports are in the HTML already
          if (scripts.has(chunk.fileName) || chunk.facadeModuleId?.endsWith('.html'))
            return
          scripts.add(chunk.fileName)
          chunk.viteMetadata?.importedCss.forEach(css => styles.add(css))
          chunk.imports.forEach(file => add(chunks.get(file)!))
        }
        const entry = [...chunks.values()].find(chunk => chunk.facadeModuleId?.endsWith('.html'))
        const inHtml = new Set([entry?.fileName, ...entry?.imports ?? []])
        for (const pattern of firstScreenModules) {
          const chunk = [...chunks.values()].find(candidate => candidate.facadeModuleId !== null && pattern.test(candidate.facadeModuleId))
          if (!chunk)
            throw new Error(`preload/vite-plugin.ts: no chunk of the build is ${pattern}: Slidev has moved it; update firstScreenModules`)
          add(chunk)
        }
        const fontFile = outputs.find(output => output.type === 'asset' && font.test(output.fileName))
        if (!fontFile)
          throw new Error(`preload/vite-plugin.ts: the build has no font file named like ${font}`)
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' })
        return [
          link({ rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${fontFile.fileName}` }),
          ...[...styles].map(file => link({ rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}` })),
          ...[...scripts].filter(file => !inHtml.has(file)).map(file => link({ rel: 'modulepreload', crossorigin: true, href: `${base}${file}` })),
        ]
      },
    },
  }
}
