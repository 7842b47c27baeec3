/**
 * Runs once in every Slidev window before the app mounts: the presenter view's starting layout.
 */
import type { AppSetup } from '@slidev/types'
import { seedPresenterLayout } from '../utils/presenter-layout'

const setupMain: AppSetup = () => {
  seedPresenterLayout(window.localStorage)
}

export default setupMain
