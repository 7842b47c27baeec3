// Runs first in the deck's index.html (reading/vite-plugin.ts), before the slides load: where the
// 1920 px canvas would be unreadable (a phone), slide N opens as the reading view at slide N. A
// visitor who chose the slides (`?slides`, from the reading view's switch) keeps them in this tab.
// The presenter view, the overview and the other routes are left alone. When the slides open at
// slide 1, it marks the page so that slide 1's copy in the HTML shows until the deck's script has
// mounted it (scripts/first-screen.ts).
(function () {
  const script = document.currentScript
  const { base, reading, media, choice, firstScreen } = script.dataset
  const hashRouting = script.hasAttribute('data-hash-routing')
  const url = new URL(window.location.href)
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : undefined
  // Slide N is <base>N, or <base>#/N with hash routing; <base> alone is slide 1.
  const route = !hashRouting ? path : path === '' ? url.hash.replace(/^#\/?/, '') : undefined
  const isSlide = route !== undefined && (route === '' || /^\d+$/.test(route))

  if (!hashRouting && path === reading.slice(base.length, -1)) {
    window.location.replace(reading + url.hash)
    return
  }
  const slidesChosen = choseSlides()
  if (isSlide && !slidesChosen && window.matchMedia(media).matches) {
    window.location.replace(`${reading}#${route || '1'}`)
    return
  }
  if (route === '' || route === '1')
    document.documentElement.setAttribute(firstScreen, '')

  function choseSlides() {
    if (url.searchParams.has(script.dataset.parameter)) {
      try {
        sessionStorage.setItem(choice, 'slides')
      }
      catch {}
      url.searchParams.delete(script.dataset.parameter)
      history.replaceState(history.state, '', url.pathname + url.search + url.hash)
      return true
    }
    try {
      return sessionStorage.getItem(choice) === 'slides'
    }
    catch {
      return false
    }
  }
})()
