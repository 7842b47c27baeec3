/**
 * Stands in for `drauu`, the drawing library behind Slidev's drawings, which this deck turns off
 * (`drawings: enabled: false`). Slidev's navigation controls still create a drawing board at start
 * (@slidev/client/composables/useDrawings.ts), so this board exists and does nothing; mounting it
 * (drawing) is not possible.
 *
 * Why a stand-in: Slidev has no setting that leaves it out. Checked against the @slidev/client
 * version named in trim/vite-plugin.ts (slidevCheckedAgainst); tests/unit/trim.test.ts fails,
 * naming this file, when that client imports something from it this file lacks.
 */
import { unsupported } from './unsupported'

export function createDrauu() {
  return {
    mounted: false,
    el: undefined,
    mode: 'stylus',
    mount(): never {
      throw unsupported('Drawing (drauu)')
    },
    on: () => () => {},
    load: () => {},
    dump: () => '',
    clear: () => {},
    undo: () => false,
    redo: () => false,
    canUndo: () => false,
    canRedo: () => false,
  }
}
