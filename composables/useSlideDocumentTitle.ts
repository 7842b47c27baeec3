/**
 * The browser tab's title follows the slide, e.g. "3. Why CNES partners abroad · CNES International
 * Affairs Seminar": the slide's number and title (as Slidev knows it) inside the headmatter's
 * `titleTemplate`. Slidev keeps one title for the whole deck; a screen reader, the window switcher
 * and the browser history then cannot tell the slides apart. Only the audience and presenter views
 * change it: the print view the PDF export renders keeps Slidev's title.
 */
import { configs, slidesTitle, useNav } from '@slidev/client'
import { useHead } from '@unhead/vue'
import { computed } from 'vue'
import { ui } from '../i18n'

export function slideDocumentTitle(template: string, no: number, title: string | undefined): string {
  // A function replacer, so that a "$" in a title is not read as a replacement pattern.
  return title ? template.replace('%s', () => `${no}. ${title}`) : template.replace('%s', () => String(no))
}

export function useSlideDocumentTitle(): void {
  const { currentSlideNo, currentSlideRoute, isPlaying, isPresenter, isPrintMode } = useNav()
  const title = computed(() => {
    if (isPrintMode.value || !(isPlaying.value || isPresenter.value))
      return slidesTitle
    const slide = slideDocumentTitle(configs.titleTemplate, currentSlideNo.value, currentSlideRoute.value?.meta.slide.title)
    return isPresenter.value ? ui.presenterTitle(slide) : slide
  })
  // High priority: the presenter page sets a title of its own, which this one replaces. Through
  // unhead, as Slidev's pages set theirs, not vueuse's useTitle: unhead would write its own title
  // back over a document.title set beside it.
  useHead({ title }, { tagPriority: 'high' })
}
