/**
 * Loopback ports the tests start servers on. `TEST_PORT_OFFSET` shifts them all, so that two
 * checkouts can run their suites side by side on one machine.
 */
import process from 'node:process'

const offset = Number(process.env.TEST_PORT_OFFSET ?? 0)
if (!Number.isInteger(offset) || offset < 0 || offset > 1000)
  throw new Error(`TEST_PORT_OFFSET must be an integer from 0 to 1000, got "${process.env.TEST_PORT_OFFSET}"`)

/** TEST_PORT_OFFSET, checked: it also keeps such a run's test builds apart (tests/support/test-builds.ts). */
export const portOffset = offset

/** The built deck (`npm run build`), served as any static host would. */
export const builtDeckPort = 4173 + offset
/** The deck built under a sub-path (`--base /seminar/`). */
export const subpathDeckPort = 4174 + offset
/** The presenting deck (`npm run dev`), with speaker notes and presenter mode. */
export const devDeckPort = 3031 + offset
/** The French presenting deck (`npm run dev:fr`, slides.fr.md), beside the English one. */
export const devDeckPortFr = 3032 + offset
/** A port the tests occupy on purpose, to check that servers refuse a port already in use. */
export const occupiedPort = 3039 + offset
/** deploy/nginx.conf in a real nginx, over the sub-path build. */
export const nginxDeckPort = 4175 + offset
/** The same nginx for the offline test, on a port of its own. */
export const offlineDeckPort = 4176 + offset
/** A static host with no SPA fallback (like GitHub Pages), over the test builds. */
export const staticHostPort = 4177 + offset
/** A bare Slidev deck, built for comparison by the budget test (`npm run bench` picks free ports). */
export const bareDeckPort = 4178 + offset
/** The French edition of dist/ for the budget test, its folder (dist/fr/) answering at the root. */
export const frenchBudgetDeckPort = 4180 + offset
/** The English edition built with Slidev whole (DECK_TRIM=off), for tests/e2e/trim.spec.ts. */
export const untrimmedDeckPort = 4181 + offset
/** A static host whose deck is redeployed under the visitor (tests/e2e/redeploy.spec.ts). */
export const redeployDeckPort = 4182 + offset
/** The deck built from the growth fixture's data, for tests/e2e/growth-deck.spec.ts. */
export const growthDeckPort = 4183 + offset
/** The HTTP side (port 80 in deploy/nginx.conf: the redirect, certbot's challenges) of the nginx on nginxDeckPort, which serves HTTPS. */
export const nginxDeckHttpPort = 4481 + offset
/** The HTTP side of the offline test's nginx (HTTPS on offlineDeckPort). */
export const offlineDeckHttpPort = 4482 + offset
/** deploy/nginx.conf for the HTTPS test (tests/e2e/https.spec.ts): its HTTPS port, */
export const httpsDeckPort = 4483 + offset
/** and its HTTP port. */
export const httpsDeckHttpPort = 4484 + offset
