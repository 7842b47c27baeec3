/**
 * The two decks the benchmark and the budget test compare: this deck, and a bare Slidev deck of
 * three text slides with the default theme, written at run time into .bench/bare/ (git-ignored,
 * never committed) and built with the same installed @slidev/cli. It lives inside the project so
 * that Node's resolution finds @slidev/theme-default in node_modules.
 *
 * The bare deck changes one default: its fonts provider is `none`, because Slidev's default
 * (Google Fonts) would fetch from the internet; both decks are measured offline. Its favicon stays
 * Slidev's default, on jsDelivr: that request is aborted and listed, never counted in its bytes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { projectRoot } from '../scripts/files'
import { slidevCli } from '../scripts/slidev'

export const benchRoot = join(projectRoot, '.bench')

export interface BenchDeck {
  name: 'deck' | 'bare'
  /** The slides file Slidev reads. */
  entry: string
  /** Where the benchmark builds it. */
  dist: string
  /** Slide count, for walking through it. */
  slideCount: number
}

export const bareDeckSlides = `---
theme: default
title: Bare deck
# Offline: Slidev's default fonts provider is Google Fonts.
fonts:
  provider: none
---

# Slide one

A bare Slidev deck: three text slides, the default theme.

---

# Slide two

The second slide.

---

# Slide three

The last slide.
`

export const bareDeck: BenchDeck = {
  name: 'bare',
  entry: join(benchRoot, 'bare', 'slides.md'),
  dist: join(benchRoot, 'bare', 'dist'),
  slideCount: 3,
}

/** This deck, built apart from dist/ so the benchmark leaves the tested build alone. */
export function thisDeck(slideCount: number): BenchDeck {
  return { name: 'deck', entry: join(projectRoot, 'slides.md'), dist: join(benchRoot, 'deck', 'dist'), slideCount }
}

/** Writes the bare deck's slides.md afresh (its old build is removed). */
export async function writeBareDeck(): Promise<void> {
  await rm(join(benchRoot, 'bare'), { recursive: true, force: true })
  await mkdir(join(benchRoot, 'bare'), { recursive: true })
  await writeFile(bareDeck.entry, bareDeckSlides)
}

/** `node slidev.mjs …` arguments for the public build, the way `npm run build` builds (data check aside). */
export function buildCommand(deck: BenchDeck, out = deck.dist): [string, string[]] {
  return [process.execPath, [slidevCli, 'build', deck.entry, '--without-notes', '--out', out]]
}

/** `node slidev.mjs …` arguments for the PDF export, the way `npm run export` exports. */
export function exportCommand(deck: BenchDeck, output: string, chromiumPath: string): [string, string[]] {
  return [process.execPath, [slidevCli, 'export', deck.entry, '--output', output, '--executable-path', chromiumPath, '--timeout', '60000']]
}
