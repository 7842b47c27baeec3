/** The nginx test harness runs the shipped deploy/nginx.conf, changing only its ports, folders and certificate. */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { findNginx, shippedNginxConfig, siteConfigForTest } from '../support/nginx'

const site = { httpPort: 4998, httpsPort: 4999, deckDir: '/tmp/builds/deck', acmeDir: '/tmp/acme', certificateFile: '/tmp/tls/server.pem', keyFile: '/tmp/tls/server.key' }
/** The lines the harness may change. */
const replaced = /^\s*(?:listen|alias|root|ssl_certificate|ssl_certificate_key)\s|https:\/\/\$host/

describe('siteConfigForTest', async () => {
  const shipped = await readFile(shippedNginxConfig, 'utf8')
  const forTest = siteConfigForTest(shipped, site)

  it('listens on loopback only, on the test ports, HTTPS with the shipped parameters', () => {
    expect(forTest.match(/^\s*listen\s.*$/gm)?.map(line => line.trim())).toEqual(['listen 127.0.0.1:4998;', 'listen 127.0.0.1:4999 ssl http2;'])
    expect(forTest).toContain('return 301 https://$host:4999$request_uri;')
  })

  it('serves the test deck, challenges and certificate, and leaves every other line as shipped', () => {
    expect(forTest).toMatch(/^\s*alias \/tmp\/builds\/deck\/;$/m)
    expect(forTest).toMatch(/^\s*root \/tmp\/acme;$/m)
    expect(forTest).toMatch(/^\s*ssl_certificate \/tmp\/tls\/server\.pem;$/m)
    expect(forTest).toMatch(/^\s*ssl_certificate_key \/tmp\/tls\/server\.key;$/m)
    const unchanged = (config: string) => config.split('\n').filter(line => !replaced.test(line))
    expect(unchanged(forTest)).toEqual(unchanged(shipped))
  })

  it('moves the deck to another sub-path as the file says: every /seminar replaced', () => {
    const moved = siteConfigForTest(shipped, { ...site, base: '/talks/' })
    expect(moved).not.toMatch(/\/seminar/)
    expect(moved).toMatch(/^\s*location \/talks\/ \{$/m)
    expect(moved).toMatch(/^\s*location = \/talks \{$/m)
    expect(moved).toMatch(/^\s*try_files \$uri \$\{uri\}index\.html \/talks\/fr\/index\.html;$/m)
    expect(moved).toMatch(/^\s*~\^\/talks\/assets\/\s/m)
    expect(moved.split('\n').length).toBe(forTest.split('\n').length)
  })

  it('refuses a config it cannot adapt, naming what is missing', () => {
    expect(() => siteConfigForTest(shipped.replace(/^\s*alias\s.*$/m, ''), site))
      .toThrowError(/must have 1 `alias` line \(the deck's folder\) for the tests to replace, found 0/)
    expect(() => siteConfigForTest(shipped.replace(/^\s*listen 443 .*$/m, ''), site))
      .toThrowError(/must have 2 `listen 80` and `listen 443` lines for the tests to replace, found 1/)
    expect(() => siteConfigForTest(shipped.replace('https://$host$', 'https://example.org$'), site))
      .toThrowError(/redirect to `https:\/\/\$host`/)
  })
})

describe('findNginx', () => {
  it('looks on PATH first, then at /usr/sbin/nginx', () => {
    expect(findNginx('/opt/bin:/usr/bin', file => file === '/usr/bin/nginx' || file === '/usr/sbin/nginx')).toBe('/usr/bin/nginx')
    expect(findNginx('/usr/bin', file => file === '/usr/sbin/nginx')).toBe('/usr/sbin/nginx')
  })

  it('says how to install nginx when there is none', () => {
    expect(() => findNginx('/usr/bin', () => false)).toThrowError(/nginx is not installed.*apt-get install -y nginx/)
  })
})
