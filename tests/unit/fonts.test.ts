import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckCharacters, distinctCharacters, safetyCharacters } from '../../fonts/characters'
import { fontParts, unicodeRange } from '../../fonts/vite-plugin'
import { projectRoot } from '../../scripts/files'

describe('the characters the deck\'s font keeps', () => {
  it('are every character of both editions\' slides, and what the typographer makes of them', async () => {
    const kept = new Set(await deckCharacters(projectRoot))
    for (const slides of ['slides.md', 'slides.fr.md']) {
      for (const char of distinctCharacters(await readFile(join(projectRoot, slides), 'utf8')).replace(/\p{Cc}/gu, ''))
        expect(kept.has(char), `${JSON.stringify(char)} of ${slides}`).toBe(true)
    }
    for (const char of '’“”–…\u00A0\u202F')
      expect(kept.has(char), JSON.stringify(char)).toBe(true)
    expect([...kept].some(char => /\p{Cc}/u.test(char))).toBe(false)
  })

  it('fall in two parts: the deck\'s, then the rest of the safety set, none in both', async () => {
    const [deck, more] = await fontParts(projectRoot)
    expect([...more!.characters].filter(char => deck!.characters.includes(char))).toEqual([])
    expect(new Set([...deck!.characters, ...more!.characters])).toEqual(new Set([...deck!.characters, ...safetyCharacters]))
    for (const char of 'éèàçôœÉ«»\u202F')
      expect(`${deck!.characters}${more!.characters}`).toContain(char)
  })
})

describe('unicodeRange', () => {
  it('merges runs of consecutive code points and writes single ones alone', () => {
    expect(unicodeRange('cabz\u00A0é’')).toBe('U+61-63,U+7A,U+A0,U+E9,U+2019')
  })

  it('takes characters beyond the Basic Multilingual Plane whole', () => {
    expect(unicodeRange('a😀')).toBe('U+61,U+1F600')
  })
})
