/**
 * The source of a virtual module that exports `name` as `value`, frozen (utils/deep-freeze.ts):
 * what the Vite plugins that hand Node-made data to the browser serve (data/vite-plugin.ts,
 * charts/vite-plugin.ts). JSON.parse of a string is parsed faster than the same object literal.
 */
import { resolve } from 'node:path'

const deepFreezeModule = resolve(import.meta.dirname, 'deep-freeze.ts')

export function frozenJsonModule(name: string, value: unknown): string {
  return [
    `import { deepFreeze } from ${JSON.stringify(deepFreezeModule)}`,
    `export const ${name} = deepFreeze(JSON.parse(${JSON.stringify(JSON.stringify(value))}))`,
  ].join('\n')
}
