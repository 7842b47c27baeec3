/**
 * `npm run bench:slides`: the slide-to-slide latency alone, the bench's measure (bench/timings.ts)
 * without the rest of `npm run bench`, so that a change to how slides change can be measured in a
 * minute. Builds this deck's English edition and the bare deck (as the bench does, into .bench/),
 * or, with --no-build, measures the builds already there; walks each deck down and back `--walks`
 * times (3 by default) and prints the medians: every change, forward and back, onto and off the
 * chart slides, each beside the bare deck's median. Times only: reported, never judged.
 */
import type { SlideChange } from './timings'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { chromiumArgs, resolveChromium } from '../scripts/chromium'
import { loadShownSlides } from '../scripts/deck-outline'
import { projectRoot } from '../scripts/files'
import { bareDeck, buildCommand, thisDeck, writeBareDeck } from './decks'
import { startStaticServer, staticServerOrigin, stopStaticServer } from './static-server'
import { median, slideChanges } from './timings'

/** The components that draw a chart: a slide showing one is a chart slide. */
const chartComponent = /<(?:PartnerMap|PartnerCategoriesChart|PriorityMatrix|CooperationTimeline|PartnerOrbits)\b/

function option(name: string): string | undefined {
  const arg = process.argv.find(a => a.startsWith(`--${name}=`))
  return arg?.slice(name.length + 3)
}

async function main(): Promise<void> {
  const walks = Number(option('walks') ?? 3)
  const build = !process.argv.includes('--no-build')
  const { slides } = await loadShownSlides('slides.md')
  const chartSlides = new Set(slides.flatMap((slide, i) => (chartComponent.test(slide.content) ? [i + 1] : [])))
  const deck = thisDeck(slides.length)
  if (build || !existsSync(join(bareDeck.dist, 'index.html'))) {
    await writeBareDeck()
    for (const target of build ? [deck, bareDeck] : [bareDeck]) {
      process.stdout.write(`[bench:slides] building ${target.name}\n`)
      execFileSync(...buildCommand(target), { cwd: projectRoot, stdio: 'ignore' })
    }
  }
  const browser = await chromium.launch({ executablePath: resolveChromium().executablePath, args: chromiumArgs })
  const measured: Record<'deck' | 'bare', SlideChange[]> = { deck: [], bare: [] }
  try {
    for (const target of [deck, bareDeck]) {
      const server = await startStaticServer({ dir: target.dist, port: 0 })
      try {
        measured[target.name] = await slideChanges(browser, staticServerOrigin(server), target.slideCount, walks)
      }
      finally {
        await stopStaticServer(server)
      }
    }
  }
  finally {
    await browser.close()
  }
  const bareMedian = median(measured.bare.map(change => change.ms))
  const row = (name: string, changes: SlideChange[]): string => {
    const ms = median(changes.map(change => change.ms))
    return `| ${name} | ${changes.length} | ${Math.round(ms)} ms | ${(ms / bareMedian).toFixed(2)}× |`
  }
  const all = measured.deck
  const onto = all.filter(change => chartSlides.has(change.to))
  const off = all.filter(change => chartSlides.has(change.from))
  process.stdout.write([
    `Slide changes, ${walks} walk(s) down and back; chart slides: ${[...chartSlides].join(', ')}; bare deck median ${Math.round(bareMedian)} ms`,
    '',
    '| This deck | Changes | Median | × bare deck |',
    '|---|--:|--:|--:|',
    row('every change', all),
    row('forward (↓)', all.filter(change => change.key === 'ArrowDown')),
    row('back (↑)', all.filter(change => change.key === 'ArrowUp')),
    row('onto a chart slide', onto),
    row('off a chart slide', off),
    row('neither', all.filter(change => !onto.includes(change) && !off.includes(change))),
    '',
    `Per change (ms): ${all.map(change => `${change.from}→${change.to} ${Math.round(change.ms)}`).join(', ')}`,
    '',
  ].join('\n'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
