import type { DeckOutline } from './deck-outline'
/**
 * `npm run export:handout`: exports/<exportFilename>-handout.pdf, one A4 page per slide with the
 * slide (vector) and its speaker notes (scripts/handout.ts), an outline of the slide titles and
 * the deck's metadata.
 *
 * The slides come from the attendees' PDF in exports/ when it is up to date with the sources,
 * else from a fresh export (scripts/deck-pdf.ts). Written atomically, like every export.
 * Options: --output <file.pdf> to write elsewhere.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, relative } from 'node:path'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { wordsIn } from '../i18n/messages'
import { ensureWritableDirectory, writeFileAtomically } from './atomic-file'
import { exportPath, loadDeckOutline } from './deck-outline'
import { currentDeckPdf } from './deck-pdf'
import { documentInfo, setPdfDocumentInfo } from './document-info'
import { ExportError, parseOutputOnly, runExportCommand } from './export-command'
import { layOutHandout } from './handout'
import { setPdfOutline, slideOutlineEntries } from './pdf-outline'

runExportCommand(async () => {
  const { output, editions } = parseOutputOnly(process.argv.slice(2), '.pdf', 'export:handout')
  for (const edition of editions)
    await exportHandout(await loadDeckOutline(edition), output)
})

async function exportHandout(outline: DeckOutline, output: string | undefined): Promise<void> {
  const target = exportPath(outline, output, '-handout.pdf')
  await ensureWritableDirectory(dirname(target))

  const slidesPdf = await currentDeckPdf(outline)
  const info = documentInfo(outline)
  await writeFileAtomically(target, async (partial) => {
    const handout = await layOutHandout({ outline, slidesPdf })
    setPdfOutline(handout, slideOutlineEntries(outline.slides))
    setPdfDocumentInfo(handout, { ...info, title: wordsIn(outline.locale).ui.exports.handoutTitle(info.title) }, 'Slidev, pdf-lib')
    await writeFile(partial, await handout.save())
  }, async (partial) => {
    const pages = (await PDFDocument.load(await readFile(partial))).getPageCount()
    if (pages !== outline.slides.length)
      throw new ExportError(`The handout has ${pages} pages, expected one per slide (${outline.slides.length}).`)
  })
  console.log(`Wrote ${relative(process.cwd(), target)} (${outline.slides.length} pages)`)
}
