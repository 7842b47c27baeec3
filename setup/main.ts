/**
 * Runs once in every Slidev window before the app mounts: the presenter view's starting layout,
 * and the removal of slide 1's copy in the built HTML once the deck has drawn its slide.
 */
import type { AppSetup } from '@slidev/types'
import { seedPresenterLayout } from '../utils/presenter-layout'
import { removeFirstScreenOnceDrawn } from './first-screen'

const setupMain: AppSetup = () => {
  seedPresenterLayout(window.localStorage)
  removeFirstScreenOnceDrawn(document)
}

export default setupMain
