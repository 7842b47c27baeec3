/** Helpers over the speaker notes as written in slides.md. */

export const clickMarker = /\[click(?::(\d+))?\]/g

/** Number of click steps the notes announce: one per `[click]` marker. */
export function clickSteps(note: string): number {
  return [...note.matchAll(clickMarker)].reduce((sum, match) => sum + Number(match[1] ?? 1), 0)
}

/** The notes' sentences as plain text, markers removed: what must appear in presenter mode. */
export function noteSentences(note: string): string[] {
  return note
    .replace(clickMarker, '')
    .split(/(?<=[.!?])\s+|\n+/)
    .map(sentence => sentence.trim())
    .filter(sentence => sentence.length > 0)
}
