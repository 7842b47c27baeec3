/**
 * landmark/: the public build's play page is the main landmark. The rewrite is checked against the
 * installed @slidev/client's own play.vue: an upgrade that changes its root element fails here,
 * saying what to do.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { playPageRoot, slidevCheckedAgainst, withMainLandmark } from '../../landmark/vite-plugin'

const fromTest = createRequire(import.meta.url)
const installed = (JSON.parse(await readFile(fromTest.resolve('@slidev/client/package.json'), 'utf8')) as { version: string }).version

describe('the main landmark on Slidev\'s play page', () => {
  it(`finds the page's root element in the installed @slidev/client (${installed}; checked against ${slidevCheckedAgainst}), once, and gives it role="main"`, async () => {
    const source = await readFile(fromTest.resolve('@slidev/client/pages/play.vue'), 'utf8')
    expect(source.split(playPageRoot), 'landmark/vite-plugin.ts: update playPageRoot to the new play.vue, then slidevCheckedAgainst').toHaveLength(2)
    const rewritten = withMainLandmark(source)
    expect(rewritten).toContain(`<div\n    ${playPageRoot} role="main"`)
    expect(rewritten.replace(` role="main"`, '')).toBe(source)
  })

  it('fails, saying what to do, when the element is not there', () => {
    expect(() => withMainLandmark('<template><div id="page-root" class="grid" /></template>')).toThrow(/update playPageRoot/)
  })
})
