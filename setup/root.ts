/**
 * Runs once in every Slidev window (audience, presenter, print), inside Vue's setup: what the
 * deck adds to Slidev for accessibility that is not a component.
 */
import type { RootSetup } from '@slidev/types'
import { useSlideDocumentTitle } from '../composables/useSlideDocumentTitle'

const setupRoot: RootSetup = () => {
  useSlideDocumentTitle()
}

export default setupRoot
