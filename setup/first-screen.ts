/**
 * Slide 1's copy in the built HTML (scripts/first-screen.ts) stands beside `#app` until the deck
 * has drawn a slide there, then goes: it is removed in the same task as that drawing (a
 * MutationObserver's callback), so that no frame shows neither. On the dev server there is none.
 */

/** The copy's class, on a child of <body>. */
export const firstScreenClass = 'first-screen'

export function removeFirstScreenOnceDrawn(document: Document): void {
  const copy = document.querySelector(`body > .${firstScreenClass}`)
  const app = document.getElementById('app')
  if (copy === null || app === null)
    return
  const observer = new MutationObserver(() => {
    if (app.querySelector('.slidev-layout') === null)
      return
    observer.disconnect()
    copy.remove()
  })
  observer.observe(app, { childList: true, subtree: true })
}
