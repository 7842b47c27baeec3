/** Every slide of slides.md has speaker notes for the presenter view. */
import { describe, expect, it } from 'vitest'
import { loadDeckOutline } from '../../scripts/deck-outline'

describe('slides.md', () => {
  it('gives every slide speaker notes', async () => {
    const { slides } = await loadDeckOutline()
    expect(slides.length).toBeGreaterThan(5)
    for (const slide of slides)
      expect(slide.note.trim(), `slide ${slide.no} "${slide.title}"`).not.toBe('')
  })
})
