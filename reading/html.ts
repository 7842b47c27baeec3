/**
 * HTML written as template literals, escaped by default: `html\`<p title="${text}">${text}</p>\`` escapes `text` (quotes too);
 * what another `html` template made, or a list of them, goes in as it is. The reading view is a
 * page made in Node at build time (reading/page.ts), so there is no framework to escape for it.
 */
import { escapeUTF8 } from 'entities'

/** Markup that is already safe: made by `html`, or trusted (the slides' own markdown, rendered). */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

type Interpolated = string | number | Markup | undefined | false | readonly Interpolated[]

function serialise(value: Interpolated): string {
  if (value === undefined || value === false)
    return ''
  if (value instanceof Markup)
    return value.value
  if (Array.isArray(value))
    return (value as readonly Interpolated[]).map(serialise).join('')
  return escapeUTF8(String(value))
}

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Markup {
  return new Markup(strings.reduce((out, string, i) => out + string + (i < values.length ? serialise(values[i]!) : ''), ''))
}
