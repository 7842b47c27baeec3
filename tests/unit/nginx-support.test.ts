/** The nginx test harness runs the shipped deploy/nginx.conf, changing only where it listens and what it serves. */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { findNginx, shippedNginxConfig, siteConfigForTest } from '../support/nginx'

describe('siteConfigForTest', async () => {
  const shipped = await readFile(shippedNginxConfig, 'utf8')
  const forTest = siteConfigForTest(shipped, { port: 4999, root: '/tmp/builds' })

  it('listens on loopback only, on the test port', () => {
    expect(forTest.match(/^\s*listen\s.*$/gm)?.map(line => line.trim())).toEqual(['listen 127.0.0.1:4999;'])
  })

  it('serves the test root, and leaves every other line as shipped', () => {
    expect(forTest).toMatch(/^\s*root \/tmp\/builds;$/m)
    const unchanged = (config: string) => config.split('\n').filter(line => !/^\s*(?:listen|root)\s/.test(line))
    expect(unchanged(forTest)).toEqual(unchanged(shipped))
  })

  it('refuses a config it cannot adapt, naming what is missing', () => {
    expect(() => siteConfigForTest(shipped.replace(/^\s*root\s.*$/m, ''), { port: 4999, root: '/tmp' }))
      .toThrowError(/exactly one `root` line .*found 2 listen and 0 root lines/)
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
