/**
 * The attendees' PDF shows every chart complete and as vector text: each chart slide's page holds
 * the chart's own labels (countries, priorities, legend, last-click parts) as selectable text.
 * (That the PDF holds no raster image at all is checked in pdf.spec.ts.)
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { categories, partners, priorities } from '../../data'
import { loadDeckOutline, projectRoot } from '../../scripts/deck-outline'
import { expect, test } from './fixtures'

const { slides, exportFilename } = await loadDeckOutline()
const pdf = join(projectRoot, 'exports', `${exportFilename}.pdf`)
function pageText(title: string) {
  const no = slides.find(s => s.title.startsWith(title))!.no
  return execFileSync('pdftotext', ['-f', String(no), '-l', String(no), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}
const partnerLabels = partners.map(p => p.shortName ?? p.name)

test('the map page names every partner, France and both types of partner', () => {
  const text = pageText('Two types of partners')
  for (const label of [...partnerLabels, 'France', ...categories.map(c => c.name)])
    expect(text).toContain(label)
})

test('the categories page names every partner and both types', () => {
  const text = pageText('Cooperation projects with each partner')
  for (const label of [...partners.map(p => p.name), ...categories.map(c => c.name)])
    expect(text).toContain(label)
})

test('the matrix page names every partner and all three priorities, the last click included', () => {
  const text = pageText('Three priorities')
  for (const label of [...partners.map(p => p.name), ...priorities.map(p => p.name)])
    expect(text).toContain(label)
})

test('the timeline page names every lane, the kinds of event and the planned zone', () => {
  const text = pageText('Decades of cooperation')
  for (const label of [...partnerLabels, 'Agreement', 'Launch', 'Landing', '13 May 2019', 'Planned then'])
    expect(text).toContain(label)
})
