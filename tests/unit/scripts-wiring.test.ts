/** Invalid data must stop dev, build, the exports and test: each runs the data check first. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { editionList } from '../../i18n/editions'
import { planBuilds } from '../../scripts/build'
import { projectRoot } from '../../scripts/deck-outline'
import { defaultDevPort } from '../../scripts/dev'

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

  it('"build" builds every edition with scripts/build.ts, each without its speaker notes', () => {
    expect(scripts.build).toMatch(/^tsx scripts\/build\.ts$/)
    const plans = planBuilds([])
    expect(plans.map(plan => plan.entry)).toEqual(editionList.map(edition => edition.entry))
    for (const plan of plans)
      expect(plan.args, plan.entry).toContain('--without-notes')
  })

  it('"dev:fr" presents the French deck through "dev" (its data and port checks included), on a port of its own', () => {
    const match = /^npm run dev -- slides\.fr\.md --port (\d+)$/.exec(scripts['dev:fr'] ?? '')
    expect(match, scripts['dev:fr']).not.toBeNull()
    expect(Number(match![1])).not.toBe(defaultDevPort)
  })

  it('"build:hash" is that same public build, with hash routing', () => {
    expect(scripts['build:hash']).toMatch(/^npm run build -- (?:.* )?--router-mode hash$/)
  })
})
