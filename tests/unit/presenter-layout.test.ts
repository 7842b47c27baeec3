/** The presenter view's starting layout fills in Slidev's settings, never over the presenter's own. */
import { describe, expect, it } from 'vitest'
import { presenterLayoutDefaults, seedPresenterLayout } from '../../utils/presenter-layout'

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

describe('seedPresenterLayout', () => {
  it('sets every panel size the presenter has not set', () => {
    const storage = memoryStorage()
    seedPresenterLayout(storage)
    expect(Object.fromEntries(storage.items)).toEqual(presenterLayoutDefaults)
  })

  it('keeps a size the presenter set by dragging a panel edge', () => {
    const storage = memoryStorage({ 'slidev-presenter-notes-width': '420' })
    seedPresenterLayout(storage)
    expect(storage.items.get('slidev-presenter-notes-width')).toBe('420')
    expect(storage.items.get('slidev-presenter-notes-row-size')).toBe(presenterLayoutDefaults['slidev-presenter-notes-row-size'])
  })
})
