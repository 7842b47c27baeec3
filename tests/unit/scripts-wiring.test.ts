/** Invalid data must stop dev, build, the exports and test: each runs the data check first. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../scripts/deck-outline'

describe('package.json scripts', async () => {
  const { scripts } = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }

  it.each(['dev', 'build', 'export', 'export:handout', 'export:pptx'])('"%s" runs the data check before it starts', (name) => {
    expect(scripts[`pre${name}`]).toMatch(/\bcheck:data\b/)
  })

  it('"test" runs the data check first', () => {
    expect(scripts.test).toMatch(/^npm run (?:--silent )?check:data &&/)
  })

  it('"test" writes the PDF, then the handout and the PPTX from it, before the browser tests read them', () => {
    expect(scripts.test).toMatch(/npm run export && npm run export:handout && npm run export:pptx && npm run test:e2e$/)
  })

  it('"build" leaves the speaker notes out of the public deck', () => {
    expect(scripts.build).toContain('--without-notes')
  })

  it('"build:hash" is that same public build, with hash routing', () => {
    expect(scripts['build:hash']).toMatch(/^npm run build -- (?:.* )?--router-mode hash$/)
  })
})
