/**
 * Where an export goes, and how it writes: every export writes through writeFileAtomically, so a
 * failure leaves the target as it was.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultExportPath, exportPath, projectRoot, writeFileAtomically } from '../../scripts/files'

const folder = () => mkdtempSync(join(tmpdir(), 'atomic-file-'))
async function failingCheck() {
  throw new Error('check failed')
}

describe('exportPath', () => {
  const outline = { exportFilename: 'cnes-2019' }

  it('writes into exports/ under the deck\'s exportFilename by default', () => {
    expect(exportPath(outline, undefined, '-handout.pdf')).toBe(join(projectRoot, 'exports', 'cnes-2019-handout.pdf'))
    expect(exportPath(outline, undefined, '.pptx')).toBe(defaultExportPath(outline, '.pptx'))
  })

  it('reads --output relative to the project, or as an absolute path', () => {
    expect(exportPath(outline, 'out/deck.pdf', '.pdf')).toBe(join(projectRoot, 'out', 'deck.pdf'))
    expect(exportPath(outline, '/tmp/deck.pdf', '.pdf')).toBe('/tmp/deck.pdf')
  })
})

describe('writeFileAtomically', () => {
  it('writes the file under its final name once the check passes, and nothing else', async () => {
    const dir = folder()
    const target = join(dir, 'deck.pdf')
    await writeFileAtomically(target, partial => writeFile(partial, 'new'), async () => {})
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['deck.pdf'])
  })

  it('checks the file it wrote, under its temporary name next to the target', async () => {
    const dir = folder()
    let checked = ''
    await writeFileAtomically(join(dir, 'deck.pdf'), partial => writeFile(partial, 'new'), async (partial) => {
      checked = partial
      expect(readFileSync(partial, 'utf8')).toBe('new')
    })
    expect(checked).toMatch(new RegExp(`^${dir}/\\.deck\\.partial-\\d+\\.pdf$`))
  })

  it('leaves no file when the check fails', async () => {
    const dir = folder()
    await expect(writeFileAtomically(join(dir, 'deck.pdf'), partial => writeFile(partial, 'broken'), failingCheck)).rejects.toThrow('check failed')
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps the previous file untouched when the new one fails while being written', async () => {
    const dir = folder()
    const target = join(dir, 'deck.pdf')
    writeFileSync(target, 'previous')
    const halfWritten = async (partial: string) => {
      await writeFile(partial, 'half')
      throw new Error('write failed')
    }
    await expect(writeFileAtomically(target, halfWritten, async () => {})).rejects.toThrow('write failed')
    expect(readFileSync(target, 'utf8')).toBe('previous')
    expect(readdirSync(dir)).toEqual(['deck.pdf'])
  })
})
