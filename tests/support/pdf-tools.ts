/**
 * The command-line tools the tests read an exported PDF back with: poppler's (poppler-utils) and
 * qpdf. A missing tool stops the test with the Debian package to install, not `spawnSync … ENOENT`.
 */
import { execFileSync } from 'node:child_process'

/** Each tool's Debian package. */
const debianPackages = {
  pdffonts: 'poppler-utils',
  pdfimages: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftohtml: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdftotext: 'poppler-utils',
  qpdf: 'qpdf',
} as const
export type PdfTool = keyof typeof debianPackages

/** Runs a tool and returns what it printed; a failing tool throws, with its error output. */
export function runPdfTool(tool: PdfTool, args: string[]): string {
  try {
    // A tagged PDF's structure as qpdf's JSON runs to tens of megabytes.
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is not installed; the tests read the exported PDFs with it: on Debian or Ubuntu, \`apt-get install -y ${debianPackages[tool]}\`.`)
    throw error
  }
}
