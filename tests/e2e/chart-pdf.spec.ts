/**
 * Each edition's attendees' PDF shows every chart complete and as vector text: each chart slide's
 * page holds the chart's own labels (countries, priorities, legend, last-click parts), in the
 * edition's language, as selectable text. (That the PDF holds no raster image at all is checked in
 * pdf.spec.ts.)
 */
import { loadTestedEditions } from '../support/editions'
import { normalise, pageText } from '../support/pdf'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

for (const { edition, exports, slideWith, data: { categories, event, partners, priorities }, words: { format, ui } } of testedEditions) {
  const textOf = (component: string) => pageText(exports.pdf, slideWith(component).no)
  const partnerLabels = partners.map(p => p.shortName ?? p.name)

  test.describe(edition.locale, () => {
    test('the map page names every partner, France and both types of partner', () => {
      const text = textOf('PartnerMap')
      for (const label of [...partnerLabels, ui.map.hub, ...categories.map(c => c.name)])
        expect(text).toContain(normalise(label))
    })

    test('the categories page names every partner and both types', () => {
      const text = textOf('PartnerCategoriesChart')
      for (const label of [...partners.map(p => p.name), ...categories.map(c => c.name)])
        expect(text).toContain(normalise(label))
    })

    test('the matrix page names every partner and all three priorities, the last click included', () => {
      const text = textOf('PriorityMatrix')
      for (const label of [...partners.map(p => p.name), ...priorities.map(p => p.name)])
        expect(text).toContain(normalise(label))
    })

    test('the timeline page names every lane, the kinds of event and the planned zone', () => {
      const text = textOf('CooperationTimeline')
      for (const label of [...partnerLabels, ...Object.values(ui.timeline.kinds), format.date(event.asOf), ui.timeline.plannedThen])
        expect(text).toContain(normalise(label))
    })
  })
}
