// The reading view's script (reading/page.ts): the switch to the slides follows the slide being
// read, and the page registers the deck's offline worker, as the slides do. The page reads
// whole without it.
const script = document.currentScript
const toSlides = document.querySelector('[data-slide-href]')
const sections = [...document.querySelectorAll('main > section[id]')]

/** The slide whose section is at the top third of the screen. */
function slideInView() {
  let current = sections[0]
  for (const section of sections) {
    if (section.getBoundingClientRect().top <= window.innerHeight / 3)
      current = section
  }
  return current.id
}

let scheduled = false
function follow() {
  scheduled = false
  toSlides.href = toSlides.dataset.slideHref.replace('{n}', slideInView())
}
window.addEventListener('scroll', () => {
  if (!scheduled) {
    scheduled = true
    requestAnimationFrame(follow)
  }
}, { passive: true })
window.addEventListener('hashchange', follow)
follow()

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(script.dataset.serviceWorker, { scope: script.dataset.scope })
    .catch(error => console.warn('The offline worker did not register:', error))
}
