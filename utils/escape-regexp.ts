/** A text as a regular expression that matches it literally, e.g. to build one around a path. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
