/** Freezes a value and everything in it, so the deck's data cannot be changed by a component. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value))
      deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
