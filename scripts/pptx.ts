/**
 * The PPTX (`npm run export:pptx`): exports/<exportFilename>.pptx, for presenting from PowerPoint or Keynote:
 * one slide per deck slide, each a full-bleed picture of the slide at twice the canvas size, with
 * its speaker notes as plain paragraphs in the notes pane, and the deck's metadata.
 *
 * Why not `slidev export --format pptx`: in Slidev 52 and 53.0 it makes one PowerPoint slide per click
 * step and copies the notes as written, `[click]` markers and markdown included. Here the pictures
 * are rendered (by poppler's pdftoppm) from the deck's PDF, the same one the handout uses, so no
 * second browser export is needed. Written atomically, like every export.
 */
import type { Buffer } from 'node:buffer'
import type { DeckOutline } from './deck-outline'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { deck } from '../data/deck'
import { intlLocale } from '../i18n/locales'
import { notesParagraphs } from './deck-outline'
import { currentDeckPdf, documentInfo } from './deck-pdf'
import { DeckError, writeFileAtomically } from './files'

/** The slide canvas (1920 × 1080 CSS px) in inches, at 96 px per inch as PowerPoint counts. */
const slideInches = { width: 1920 / 96, height: 1080 / 96 }
/** Pictures at twice the canvas size stay sharp on high-density screens. */
const picturePixels = { width: 3840, height: 2160 }

/** Renders every page of `pdf` to PNG with pdftoppm; returns the pictures in page order. */
async function renderSlidePictures(pdf: Uint8Array, slideCount: number): Promise<Buffer[]> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-pptx-'))
  try {
    await writeFile(join(dir, 'slides.pdf'), pdf)
    const args = ['-png', '-scale-to-x', String(picturePixels.width), '-scale-to-y', String(picturePixels.height), join(dir, 'slides.pdf'), join(dir, 'slide')]
    await promisify(execFile)('pdftoppm', args).catch((error: NodeJS.ErrnoException) => {
      throw new DeckError(error.code === 'ENOENT'
        ? 'pdftoppm was not found: export:pptx renders the slides with poppler (Debian/Ubuntu: `sudo apt-get install -y poppler-utils`; macOS: `brew install poppler`).'
        : `pdftoppm failed: ${error.message}`)
    })
    // pdftoppm pads page numbers to the width of the largest one: slide-1.png or slide-01.png
    const digits = String(slideCount).length
    return await Promise.all(Array.from({ length: slideCount }, (_, index) =>
      readFile(join(dir, `slide-${String(index + 1).padStart(digits, '0')}.png`))))
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Opens the written file as a zip and checks it has one slide, and one notes page, per deck slide. */
async function checkPptx(file: string, slideCount: number): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(file)).catch((error: unknown) => {
    throw new DeckError(`The written PPTX is not a readable zip file: ${String(error)}`)
  })
  const count = (pattern: RegExp) => Object.keys(zip.files).filter(name => pattern.test(name)).length
  const slides = count(/^ppt\/slides\/slide\d+\.xml$/)
  const notes = count(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)
  if (slides !== slideCount || notes !== slideCount)
    throw new DeckError(`The PPTX has ${slides} slides and ${notes} notes pages, expected one of each per deck slide (${slideCount}).`)
}

/**
 * pptxgenjs marks every notes page as US English (`lang="en-US"`, hard-coded); PowerPoint would
 * then spell-check and read aloud the French notes as English. Marks them with the deck's language.
 */
async function markNotesLanguage(pptxBytes: Uint8Array, languageTag: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptxBytes)
  for (const name of Object.keys(zip.files).filter(file => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(file))) {
    const xml = await zip.file(name)!.async('string')
    zip.file(name, xml.replaceAll('lang="en-US"', `lang="${languageTag}"`))
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** Writes the PPTX of `outline`'s edition to `target`, atomically, checked slide by slide. */
export async function exportPptx(target: string, outline: DeckOutline): Promise<void> {
  const pictures = await renderSlidePictures(await currentDeckPdf(outline), outline.slides.length)
  const info = documentInfo(outline)
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'deck', ...slideInches })
  pptx.layout = 'deck'
  pptx.title = info.title
  pptx.author = info.author
  pptx.subject = info.subject
  pptx.company = deck.event.speakerAffiliation
  outline.slides.forEach((deckSlide, index) => {
    const slide = pptx.addSlide()
    slide.addImage({
      data: `image/png;base64,${pictures[index]!.toString('base64')}`,
      x: 0,
      y: 0,
      w: slideInches.width,
      h: slideInches.height,
      altText: deckSlide.title,
    })
    slide.addNotes(notesParagraphs(deckSlide.note).join('\n\n'))
  })

  await writeFileAtomically(target, async (partial) => {
    const written = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
    await writeFile(partial, await markNotesLanguage(written, intlLocale[outline.locale]))
  }, partial => checkPptx(partial, outline.slides.length))
}
