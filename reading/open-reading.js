// Runs first in the deck's index.html (reading/vite-plugin.ts), before the slides load: where the
// 1920 px canvas would be unreadable (a phone), slide N opens as the reading view at slide N. A
// visitor who chose the slides (`?slides`, from the reading view's switch) keeps them in this tab.
// The presenter view, the overview and the other routes are left alone.
(function () {
  const script = document.currentScript
  const { base, reading, media, choice } = script.dataset
  const hashRouting = script.hasAttribute('data-hash-routing')
  const url = new URL(window.location.href)
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : undefined

  if (!hashRouting && path === reading.slice(base.length, -1)) {
    window.location.replace(reading + url.hash)
    return
  }
  if (url.searchParams.has(script.dataset.parameter)) {
    try {
      sessionStorage.setItem(choice, 'slides')
    }
    catch {}
    url.searchParams.delete(script.dataset.parameter)
    history.replaceState(history.state, '', url.pathname + url.search + url.hash)
    return
  }
  try {
    if (sessionStorage.getItem(choice) === 'slides')
      return
  }
  catch {}
  if (!window.matchMedia(media).matches)
    return
  // Slide N is <base>N, or <base>#/N with hash routing; <base> alone is slide 1.
  const route = !hashRouting ? path : path === '' ? url.hash.replace(/^#\/?/, '') : undefined
  if (route !== undefined && (route === '' || /^\d+$/.test(route)))
    window.location.replace(`${reading}#${route || '1'}`)
})()
