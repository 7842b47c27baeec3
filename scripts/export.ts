/**
 * `npm run export`: the attendees' PDF, exports/<exportFilename>.pdf, one page per slide.
 *
 * Slidev's exporter writes to a temporary file next to the target; only a PDF that opens and has
 * one page per slide is renamed to the final name, so a failed export never leaves a broken file.
 * Options: --output <file.pdf> to write elsewhere; anything else is passed to `slidev export`.
 */
import { constants } from 'node:fs'
import { access, mkdir, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { resolveChromium } from './chromium'
import { loadDeckOutline, projectRoot } from './deck-outline'
import { spawnSlidev } from './slidev-cli'

class ExportError extends Error {}

function parseArgs(argv: string[]): { output: string | undefined, passThrough: string[] } {
  const passThrough: string[] = []
  let output: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--output' || arg === '-o')
      output = argv[++i]
    else if (arg.startsWith('--output='))
      output = arg.slice('--output='.length)
    else
      passThrough.push(arg)
  }
  return { output, passThrough }
}

async function ensureWritableDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
  }
  catch (error) {
    throw new ExportError(`Cannot write to "${dir}": ${(error as NodeJS.ErrnoException).code ?? String(error)}. Choose another --output or fix the folder's permissions.`)
  }
}

function runSlidevExport(args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawnSlidev(['export', ...args])
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolvePromise() : reject(new ExportError(`slidev export exited with code ${code}`)))
  })
}

async function checkPdf(file: string, expectedPages: number): Promise<void> {
  const bytes = await readFile(file)
  const pdf = await PDFDocument.load(bytes).catch((error: unknown) => {
    throw new ExportError(`The exported file is not a readable PDF: ${String(error)}`)
  })
  if (pdf.getPageCount() !== expectedPages)
    throw new ExportError(`The exported PDF has ${pdf.getPageCount()} pages, expected one per slide (${expectedPages}).`)
}

async function main(): Promise<void> {
  const { output, passThrough } = parseArgs(process.argv.slice(2))
  const outline = await loadDeckOutline()
  const target = resolve(projectRoot, output ?? join('exports', `${outline.exportFilename}.pdf`))
  if (!target.endsWith('.pdf'))
    throw new ExportError(`--output must name a .pdf file, got "${output}"`)
  await ensureWritableDirectory(dirname(target))

  const browser = resolveChromium()
  const partial = join(dirname(target), `.${basename(target, '.pdf')}.partial-${process.pid}.pdf`)
  console.log(`Exporting ${outline.slides.length} slides to ${relative(process.cwd(), target)} with ${browser.executablePath} (${browser.source})`)
  try {
    await runSlidevExport(['--output', partial, '--executable-path', browser.executablePath, '--timeout', '60000', ...passThrough])
    await checkPdf(partial, outline.slides.length)
    await rename(partial, target)
  }
  finally {
    await rm(partial, { force: true })
  }
  console.log(`Wrote ${relative(process.cwd(), target)} (${outline.slides.length} pages)`)
}

main().catch((error: unknown) => {
  const known = error instanceof ExportError || (error instanceof Error && error.name === 'ChromiumNotFoundError')
  console.error(`\nExport failed: ${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}`)
  process.exit(1)
})
