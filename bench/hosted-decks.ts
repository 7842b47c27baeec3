/**
 * The two decks as deploy/nginx.conf hosts them, for Lighthouse: each built under the file's
 * /seminar/ sub-path (this deck in both editions, as `npm run build -- --base /seminar/` lays them
 * out) and served by a real nginx with the shipped file (tests/support/nginx.ts) on loopback, over
 * HTTPS with HTTP/2 and gzip, with a test certificate (tests/support/tls.ts) that the audited
 * Chromium trusts. So what Lighthouse's simulated phone downloads, compressed or not and over how
 * many connections, is what a visitor's browser gets from the host: served plainly over HTTP/1.1,
 * the first screen's 29 small files queue on six connections a round trip at a time, and its
 * scripts arrive uncompressed.
 */
import type { RunningNginx } from '../tests/support/nginx'
import type { BenchDeck } from './decks'
import type { AuditedBrowser } from './lighthouse'
import { join } from 'node:path'
import process from 'node:process'
import { getRandomPort } from 'get-port-please'
import { finishBuiltEditions } from '../scripts/built-deck'
import { projectRoot } from '../scripts/files'
import { planBuilds, slidevCli } from '../scripts/slidev'
import { shippedBase, startNginx } from '../tests/support/nginx'
import { hostResolverRules, makeTestCertificates } from '../tests/support/tls'
import { benchRoot, buildCommand } from './decks'
import { measuredRun } from './measured-run'

export interface HostedDecks {
  /** https://deck.test:<port>/seminar/, where each deck's slide 1 is `1`. */
  deckRoot: string
  bareRoot: string
  /** What Lighthouse's Chromium needs to reach them. */
  browser: AuditedBrowser
  /** Stops both nginx and removes the certificates. */
  stop: () => Promise<void>
}

/** Builds both decks under /seminar/ (in .bench/hosted/) and starts an nginx for each. */
export async function hostDecks(bare: BenchDeck, log: (message: string) => void): Promise<HostedDecks> {
  const deckDir = join(benchRoot, 'hosted', 'deck')
  const bareDir = join(benchRoot, 'hosted', 'bare')
  const plans = planBuilds({ base: shippedBase, out: deckDir, slidevArgs: [] })
  for (const plan of plans) {
    log(`deck: building ${plan.entry} under ${shippedBase} for Lighthouse`)
    await measuredRun(process.execPath, [slidevCli, ...plan.args], projectRoot)
  }
  // What `npm run build` adds from the built deck: slide 1 in the HTML, the link preview picture.
  await finishBuiltEditions(plans, shippedBase)
  log(`bare: building under ${shippedBase} for Lighthouse`)
  const [command, args] = buildCommand(bare, bareDir)
  await measuredRun(command, [...args, '--base', shippedBase], projectRoot)

  const certificates = await makeTestCertificates()
  const started: RunningNginx[] = []
  const stop = async (): Promise<void> => {
    await Promise.all(started.map(nginx => nginx.stop()))
    await certificates.remove()
  }
  try {
    for (const dir of [deckDir, bareDir]) {
      const [httpPort, httpsPort] = [await getRandomPort('127.0.0.1'), await getRandomPort('127.0.0.1')]
      started.push(await startNginx({ httpPort, httpsPort, deckDir: dir, certificateFile: certificates.certificateFile, keyFile: certificates.keyFile }))
    }
  }
  catch (error) {
    await stop()
    throw error
  }
  const [deckNginx, bareNginx] = started as [RunningNginx, RunningNginx]
  return {
    deckRoot: `${deckNginx.origin}${shippedBase}`,
    bareRoot: `${bareNginx.origin}${shippedBase}`,
    browser: { hostResolverRules, home: certificates.browserHome },
    stop,
  }
}
