// The reading view's script (reading/page.ts): the switch to the slides follows the slide being
// read, and the page registers the deck's offline worker, as the slides do. The page reads
// whole without it.
const script = document.currentScript
const toSlides = document.querySelector('[data-slide-href]')
const sections = [...document.querySelectorAll('main > section[id]')]

// The slide being read is the last one that reaches into the top third of the screen. An
// IntersectionObserver tells which do once the browser has laid the page out anyway: asking each
// section where it is (getBoundingClientRect) would force a layout of the whole page first.
const inTopThird = new Set()
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (entry.isIntersecting)
      inTopThird.add(entry.target)
    else
      inTopThird.delete(entry.target)
  }
  const current = sections.findLast(section => inTopThird.has(section))
  if (current)
    toSlides.href = toSlides.dataset.slideHref.replace('{n}', current.id)
}, { rootMargin: '0px 0px -67% 0px' })
for (const section of sections)
  observer.observe(section)

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(script.dataset.serviceWorker, { scope: script.dataset.scope })
    .catch(error => console.warn('The offline worker did not register:', error))
}
