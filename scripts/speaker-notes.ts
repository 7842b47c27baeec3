/**
 * Speaker notes as written in slides.md, turned into plain paragraphs for readers of the handout
 * and the PPTX: Slidev's `[click]` markers removed, markdown emphasis, code and links shown as
 * their plain words, one string per paragraph.
 */

/** Slidev's click marker in notes: `[click]`, or `[click:N]` for N clicks at once. */
export const clickMarker = /\[click(?::(\d+))?\]/g

/** A list item's marker at the start of a line: `- `, `* `, `+ ` or `1. `. */
const listItem = /^(?:[-*+]|\d+\.)\s+/

function plainInline(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?!\s)([^*]+)\*\B/g, '$1$2')
    .replace(/(^|\W)_(?!\s)([^_]+)_\b/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The notes as paragraphs of plain text. A blank line separates paragraphs; each list item is a
 * paragraph of its own, starting with "• ".
 */
export function notesParagraphs(note: string): string[] {
  const paragraphs: string[][] = [[]]
  for (const rawLine of note.replace(clickMarker, '').split(/\r?\n/)) {
    const line = rawLine.trim()
    if (line === '') {
      paragraphs.push([])
    }
    else if (listItem.test(line)) {
      paragraphs.push([`• ${line.replace(listItem, '')}`])
    }
    else {
      paragraphs.at(-1)!.push(line)
    }
  }
  return paragraphs.map(lines => plainInline(lines.join(' '))).filter(paragraph => paragraph !== '')
}
