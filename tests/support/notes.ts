/** Helpers over the speaker notes as written in slides.md. */
import { clickMarker, notesParagraphs } from '../../scripts/deck-outline'

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

/** The first sentence of the notes as a reader sees them (markers and markdown removed). */
export function firstNoteSentence(note: string): string {
  return notesParagraphs(note)[0]?.split(/(?<=[.!?])\s+/)[0] ?? ''
}
