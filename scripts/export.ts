/**
 * `npm run export`: the attendees' PDF of each edition, exports/<exportFilename>.pdf (the French
 * one's exportFilename ends in -fr), one page per slide, with an outline of the slide titles and
 * the deck's metadata (scripts/deck-pdf.ts).
 *
 * Written under a temporary name next to the target and renamed only once it opens and has one
 * page per slide, so a failed export never leaves a broken file.
 * Options: --lang <en|fr> for one edition; --output <file.pdf> (with --lang) to write elsewhere;
 * anything else is passed to `slidev export`.
 */
import { dirname, relative } from 'node:path'
import process from 'node:process'
import { ensureWritableDirectory } from './atomic-file'
import { exportPath, loadDeckOutline } from './deck-outline'
import { exportDeckPdf } from './deck-pdf'
import { checkOutputExtension, parseExportArgs, runExportCommand } from './export-command'

runExportCommand(async () => {
  const { output, editions, passThrough } = parseExportArgs(process.argv.slice(2))
  checkOutputExtension(output, '.pdf')
  for (const edition of editions) {
    const outline = await loadDeckOutline(edition)
    const target = exportPath(outline, output, '.pdf')
    await ensureWritableDirectory(dirname(target))
    console.log(`Exporting ${outline.slides.length} slides of ${outline.entry} to ${relative(process.cwd(), target)}`)
    await exportDeckPdf(target, outline, passThrough)
    console.log(`Wrote ${relative(process.cwd(), target)} (${outline.slides.length} pages)`)
  }
})
