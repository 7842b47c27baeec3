/**
 * Stands in for `drauu`, the drawing library behind Slidev's drawings, which this deck turns off
 * (`drawings: enabled: false`). Slidev's navigation controls still create a drawing board at start,
 * so this board exists and does nothing; mounting it (drawing) is not possible.
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
