/**
 * The reading view's form of each component the slides use (components/*.vue), drawn from the same
 * data and the same chart layouts (charts/), reflowed for a screen 360–430 px wide:
 *
 * - the map fitted to the width, no words inside it, its partners listed by type below;
 * - the bars as rows of name, bar and count, each bar as long as on the slide;
 * - the matrix per priority, the timeline per partner;
 * - a chart's details (a country's or a cell's projects, as in components/ProjectDetails.vue) in a
 *   <details> element, opened by a tap as the drill-down is opened by a click on the slide.
 *
 * Every click step shows. Text is HTML, never SVG text, so that no scaling shrinks it.
 */
import type { AtlasCountry } from '../charts/atlas'
import type { DeckEdition } from '../data/edition'
import type { Project } from '../data/schema'
import type { Markup } from './html'
import { chartAlternative } from '../charts/chart-text'
import { layoutCooperationTimeline } from '../charts/cooperation-timeline'
import { projectPartnerMap } from '../charts/map-projection'
import { layoutPartnerCategories } from '../charts/partner-categories'
import { layoutPartnerMap } from '../charts/partner-map'
import { layoutPriorityMatrix } from '../charts/priority-matrix'
import { lookupsIn } from '../data/lookups'
import { wordsIn } from '../i18n/messages'
import { sourceHost } from '../utils/source-host'
import { html } from './html'
import { compactPath } from './map-path'

export interface ReadingContext {
  edition: DeckEdition
  /** The atlas's countries, for the map. */
  countries: readonly AtlasCountry[]
  /** The other edition's reading view, linked from the title. */
  otherEdition: { href: string, label: string, lang: string, labelLang?: string }
}

/** A component's props, as the slide's markdown writes them (reading/slide-markup.ts). */
export type ComponentProps = Readonly<Record<string, string | number | boolean | readonly string[]>>

type Renderer = (context: ReadingContext, props: ComponentProps) => Markup

/**
 * The reading view's map is the slide's at half its size: 848 units, drawn ~400 px wide, where
 * 0.75 unit is under a device pixel; its outlines are simplified to within that (reading/map-path.ts).
 */
const mapScale = 0.5
const mapTolerance = 0.75
const mapPath = (d: string): string => compactPath(d, mapScale, mapTolerance)

/**
 * A project's milestones, plans marked: the tag after the date, as the drill-down writes it
 * (components/ProjectDetails.vue), or before it, as the cards do (components/FlagshipProjects.vue).
 */
function milestoneList({ edition }: ReadingContext, project: Project, tag: 'after' | 'before'): Markup {
  const { format, ui } = wordsIn(edition.locale)
  const plannedTag = html`<span class="planned-tag">${tag === 'after' ? ui.planned : ui.plannedTag}</span>`
  return html`<ol class="milestones">${project.milestones.map(milestone => html`<li${milestone.planned ? html` class="planned"` : false}>${milestone.planned && tag === 'before' ? html`${plannedTag} ` : false}<time datetime="${milestone.date}">${format.date(milestone.date)}</time>${milestone.planned && tag === 'after' ? html` ${plannedTag}` : false} ${milestone.label}</li>`)}</ol>`
}

/** A project's first source, by its host. */
function sourceLine({ edition }: ReadingContext, project: Project): Markup {
  const { ui } = wordsIn(edition.locale)
  return html`<p class="source">${ui.source} <a href="${project.sources[0]!}" rel="noopener noreferrer">${sourceHost(project.sources[0]!)}</a></p>`
}

/** The projects behind a country or a cell, as the slides' drill-down lists them. */
function projectList(context: ReadingContext, projects: readonly Project[]): Markup {
  const { ui } = wordsIn(context.edition.locale)
  const { partnerNames } = lookupsIn(context.edition)
  return html`<ul class="projects">${projects.map(project => html`
<li data-project="${project.id}">
<h4>${project.name}</h4>
<p class="meta"><span class="status status-${project.status}">${ui.status[project.status]}</span> ${ui.withPartners(partnerNames(project))}</p>
${milestoneList(context, project, 'after')}
${sourceLine(context, project)}
</li>`)}</ul>`
}

/** A partner's line, opened by a tap to its projects (the slide's drill-down). */
function partnerDetails(context: ReadingContext, code: string, summary: string, projects: readonly Project[]): Markup {
  const { format, ui } = wordsIn(context.edition.locale)
  return html`<details class="drilldown" data-partner="${code}"><summary>${summary}</summary>
<p class="as-of">${ui.detailsAsOf(projects.length, format.date(context.edition.event.asOf))}</p>
${projectList(context, projects)}</details>`
}

/** A chart's figure. Only the map is a picture (its SVG has the chart's text alternative); the others are text. */
function figure(body: Markup, caption: string, className: string): Markup {
  return html`<figure class="chart ${className}">${body}<figcaption>${caption}</figcaption></figure>`
}

const seminarTitle: Renderer = ({ edition, otherEdition }) => {
  const { event } = edition
  const { format } = wordsIn(edition.locale)
  return html`<div class="seminar-title">
<p class="kicker">${event.name}</p>
<h1 id="slide-1-title">${event.title}</h1>
<p class="subtitle">${event.subtitle}</p>
<p class="meta">${event.venue} · <time datetime="${event.date}">${format.date(event.date)}</time></p>
<p class="speaker"><strong>${event.speaker}</strong>, ${event.speakerRole}</p>
<p><a class="other-edition" href="${otherEdition.href}" hreflang="${otherEdition.lang}"${otherEdition.labelLang ? html` lang="${otherEdition.labelLang}"` : false}>${otherEdition.label}</a></p>
</div>`
}

const partnerMap: Renderer = (context) => {
  const { edition } = context
  const map = layoutPartnerMap(edition, projectPartnerMap(edition, context.countries), 'reading-hatch')
  const { projectsOfPartner } = lookupsIn(edition)
  const { ui } = wordsIn(edition.locale)
  const at = (value: number) => Math.round(value * mapScale)
  const svg = html`<svg viewBox="0 0 ${at(map.width)} ${at(map.height)}" role="img" aria-label="${chartAlternative(map.text)}">
<defs><pattern id="reading-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-wash"/><rect width="3" height="6" class="hatch-stripe"/></pattern></defs>
<g class="land">${map.land.map(country => html`<path d="${mapPath(country.d)}"/>`)}</g>
${map.hubCountries.map(country => html`<path class="hub-country" d="${mapPath(country.d)}"/>`)}
${map.groups.map(group => html`<g class="category-${group.id}">${group.countries.map(country => html`<path class="partner-country" d="${mapPath(country.d)}" fill="${group.fill}"/>`)}${group.partners.map(partner => html`<path class="link" d="${mapPath(partner.link)}"/>`)}${group.partners.filter(partner => partner.isPoint).map(partner => html`<rect class="point" x="-8" y="-8" width="16" height="16" transform="translate(${at(partner.anchor.x)} ${at(partner.anchor.y)}) rotate(45)" fill="${group.fill}"/>`)}</g>`)}
${map.hub ? html`<circle class="hub" cx="${at(map.hub.x)}" cy="${at(map.hub.y)}" r="7"/>` : false}
</svg>`
  const lists = html`<div class="map-key"><p class="key-line"><span class="swatch hub-swatch" aria-hidden="true"></span>${map.legend.hub}</p>${map.groups.map(group => html`
<h3 class="key-heading category-${group.id}"><svg class="swatch" viewBox="0 0 40 28" aria-hidden="true"><rect width="40" height="28" fill="${group.fill}"/></svg>${group.name}</h3>
<ul class="partner-list">${[...group.partners, ...map.unplaced.filter(partner => partner.category === group.id)].map(partner => html`<li>${partnerDetails(context, partner.code, ui.labelled(partner.name, ui.cooperationProjects(projectsOfPartner(partner.code).length)), projectsOfPartner(partner.code))}</li>`)}</ul>`)}</div>`
  return html`${figure(svg, map.caption, 'reading-map')}${lists}`
}

const partnerCategoriesChart: Renderer = ({ edition }) => {
  const chart = layoutPartnerCategories(edition)
  const longest = chart.range[1]
  return figure(html`${chart.panels.map(panel => html`
<h3 class="category-${panel.id}">${panel.name}</h3>
<p class="panel-count">${panel.count}</p>
<ul class="bars category-${panel.id}">${panel.bars.map(bar => html`<li><span class="bar-name">${bar.name}</span><svg class="bar" viewBox="0 0 ${longest} 10" preserveAspectRatio="none" aria-hidden="true"><rect width="${bar.barWidth}" height="10"/></svg><span class="bar-value">${bar.projects}</span></li>`)}</ul>`)}`, chart.caption, 'reading-bars')
}

const priorityMatrix: Renderer = (context) => {
  const { edition } = context
  const matrix = layoutPriorityMatrix(edition)
  const { ui } = wordsIn(edition.locale)
  return figure(html`${matrix.columns.map(column => html`
<h3 class="priority-${column.id}">${column.name} <span class="total">${column.total}</span></h3>
<ul class="partner-list priority-${column.id}">${column.cells.filter(cell => cell.projectIds.length > 0).map((cell) => {
  const row = matrix.rows.find(r => r.code === cell.code)!
  return html`<li>${partnerDetails(context, cell.code, ui.labelled(row.name, ui.projects(cell.projectIds.length)), matrix.details(cell.key)!.projects)}</li>`
})}</ul>`)}`, matrix.caption, 'reading-matrix')
}

const cooperationTimeline: Renderer = ({ edition }) => {
  const timeline = layoutCooperationTimeline(edition)
  const { format, ui } = wordsIn(edition.locale)
  return figure(html`${timeline.lanes.map((lane) => {
    const marks = timeline.marks.filter(mark => mark.code === lane.code)
    return html`<details class="drilldown lane" data-partner="${lane.code}"><summary>${ui.labelled(lane.name, ui.reading.events(marks.length))}</summary>
<ol class="milestones">${marks.map(mark => html`<li class="priority-${mark.priority}${mark.planned ? ' planned' : ''}"><time datetime="${mark.date}">${format.date(mark.date)}</time>${mark.planned ? html` <span class="planned-tag">${ui.planned}</span>` : false} ${ui.timeline.kinds[mark.kind]}: ${mark.label}</li>`)}</ol></details>`
  })}`, timeline.text.summary, 'reading-timeline')
}

const flagshipProjects: Renderer = (context, props) => {
  const ids = props.ids
  if (!Array.isArray(ids))
    throw new Error('FlagshipProjects needs :ids, a list of project ids')
  const { edition } = context
  const { projectById, partnerNames } = lookupsIn(edition)
  const { format, ui } = wordsIn(edition.locale)
  const projects = (ids as readonly string[]).map(projectById)
  return html`<ul class="cards">${projects.map(project => html`
<li class="card" data-project="${project.id}">
<h3>${project.name}</h3>
<p class="partners">${ui.cnesWith(partnerNames(project))}</p>
<p class="status status-${project.status}">${ui.status[project.status]}</p>
${props.brief === true ? false : html`<p class="description">${project.description}</p>`}
${milestoneList(context, project, 'before')}
${sourceLine(context, project)}
</li>`)}</ul>
<p class="provenance">${ui.statusAsOfSources(format.date(edition.event.asOf), [...new Set(projects.flatMap(project => project.sources.map(sourceHost)))].join(', '))}</p>`
}

const deckSummary: Renderer = ({ edition }) => {
  const { counts } = lookupsIn(edition)
  const { ui } = wordsIn(edition.locale)
  const figures = [
    { value: counts.partners, label: ui.summary.partnerCountries },
    { value: counts.projects, label: ui.summary.cooperationProjects },
    { value: counts.priorities, label: ui.summary.priorities },
  ]
  return html`<dl class="summary">${figures.map(f => html`<div><dt>${f.label}</dt><dd>${f.value}</dd></div>`)}</dl>`
}

const priorityList: Renderer = ({ edition }) =>
  html`<ul class="priority-list">${edition.priorities.map(priority => html`<li class="priority-${priority.id}">${priority.name}</li>`)}</ul>`

/** Decorative on the slide (hidden from assistive technology), so left out here. */
const deckIcon: Renderer = () => html``

/** Every component the slides may use, by its tag; a tag missing here stops the build. */
export const readingComponents: Readonly<Record<string, Renderer>> = {
  SeminarTitle: seminarTitle,
  DeckIcon: deckIcon,
  PartnerMap: partnerMap,
  PartnerCategoriesChart: partnerCategoriesChart,
  PriorityMatrix: priorityMatrix,
  CooperationTimeline: cooperationTimeline,
  FlagshipProjects: flagshipProjects,
  DeckSummary: deckSummary,
  PriorityList: priorityList,
}
