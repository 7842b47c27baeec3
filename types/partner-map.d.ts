/**
 * The partner map's geometry, projected at build time (charts/vite-plugin.ts): the edition's
 * places, and the countries' outlines (imported when the map slide is near).
 */
declare module 'virtual:partner-map-places' {
  export const places: import('../charts/map-projection').MapPlaces
}

declare module 'virtual:partner-map-outlines' {
  export const outlines: readonly import('../charts/map-projection').MapOutline[]
}
