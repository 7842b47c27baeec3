/**
 * Taps one of the deck's arrow keys as a keyboard or a presenter's clicker taps it: its keydown
 * and its keyup reach the page together, as trusted key events (Chromium's Input domain, which
 * Playwright's keyboard also uses).
 *
 * Why not `page.keyboard.press`: it sends the keyup only once the page has handled the keydown.
 * Slidev repeats a navigation key held for 1 s (a timer in @slidev/client's logic/shortcuts.ts,
 * which the keyup clears), so a keydown that took over 1 s to handle on two busy cores became a
 * held key, and one press moved the deck two steps (a CI run: ArrowRight from slide 6's last click
 * reached /7?clicks=1). With the keyup already queued, Chromium handles it before the timer.
 */
import type { CDPSession, Page } from '@playwright/test'

/** Each key's Windows virtual key code, which Chromium needs besides the key's name. */
const virtualKeyCodes = { ArrowLeft: 37, ArrowUp: 38, ArrowRight: 39, ArrowDown: 40 } as const
export type NavigationKey = keyof typeof virtualKeyCodes

const sessions = new WeakMap<Page, Promise<CDPSession>>()

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page)
  if (session === undefined) {
    session = page.context().newCDPSession(page)
    sessions.set(page, session)
  }
  return session
}

export async function tapKey(page: Page, key: NavigationKey): Promise<void> {
  const session = await sessionOf(page)
  const event = { key, code: key, windowsVirtualKeyCode: virtualKeyCodes[key], nativeVirtualKeyCode: virtualKeyCodes[key] }
  // Both sent before either is answered: the browser answers a keydown once the page has handled it.
  await Promise.all([
    session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event }),
    session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event }),
  ])
}
