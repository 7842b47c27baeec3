/**
 * What the partner map leaves out of the atlas, by ISO 3166-1 numeric id: Antarctica holds no
 * partner and would take a fifth of the map's height. Read by the map (charts/atlas.ts) and by the
 * data check, which refuses a partner the map cannot place (data/rules/map-places.ts).
 */
export const leftOffTheMap: ReadonlySet<string> = new Set(['010'])
