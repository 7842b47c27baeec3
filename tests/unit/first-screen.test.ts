import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { opensAtSlide1 } from '../../reading/switch'
import { DeckError } from '../../scripts/files'
import { firstScreenStyle, withFirstScreen, withPrecacheRevision } from '../../scripts/first-screen'

const slidevIndex = `<!DOCTYPE html>
<html lang="en">
<head>
  <script type="module" crossorigin src="/assets/index-A.js"></script>
  <link rel="stylesheet" crossorigin href="/assets/index-B.css">
  <link rel="preload" as="font" type="font/woff2" crossorigin href="/assets/inter-C.woff2">
  <link rel="preload" as="style" crossorigin href="/assets/play-D.css">
  <link rel="preload" as="style" crossorigin href="/assets/cover-E.css">
  <link rel="modulepreload" crossorigin href="/assets/cover-F.js">
</head>
<body>
  <div id="app"></div>
</body>
</html>`

const screen = { markup: '<div class="first-screen"><h1>Title</h1></div>', width: 1920, height: 1080 }

describe('the first screen in index.html', () => {
  const html = withFirstScreen(slidevIndex, screen)

  it('puts slide 1 right after #app, where Vue mounts the deck, and leaves #app empty', () => {
    expect(html).toContain(`<div id="app"></div>\n${screen.markup}`)
  })

  it('applies the stylesheets Slidev only preloaded, and only those; the font and the scripts stay preloads', () => {
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/play-D.css">')
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/cover-E.css">')
    expect(html).not.toContain('as="style"')
    expect(html).toContain('<link rel="preload" as="font" type="font/woff2" crossorigin href="/assets/inter-C.woff2">')
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/cover-F.js">')
  })

  it('has its style in the head, in a <style> element (the CSP allows those, not style attributes)', () => {
    const style = html.match(/<style>\n([^<]*)\n<\/style>\n<\/head>/)
    expect(style?.[1]).toBe(firstScreenStyle(screen))
  })

  it('fails, saying why, on an index.html with no empty #app', () => {
    expect(() => withFirstScreen(slidevIndex.replace('<div id="app"></div>', '<div id="root"></div>'), screen)).toThrow(DeckError)
    expect(() => withFirstScreen(slidevIndex.replace('<div id="app"></div>', '<div id="root"></div>'), screen)).toThrow(/no empty <div id="app"><\/div>/)
  })
})

describe('the first screen\'s style', () => {
  const style = firstScreenStyle({ width: 1920, height: 1080 })

  it('hides it, unless the page opens at slide 1 in a browser that can scale it in CSS', () => {
    expect(style).toContain('.first-screen{display:none}')
    expect(style).toContain(`@supports (scale:calc(1px / 1px)){html[${opensAtSlide1}] .first-screen{display:block;position:fixed;inset:0}}`)
  })

  it('scales the canvas as Slidev does: the smaller of the width and height ratios', () => {
    expect(style).toContain('width:1920px;height:1080px;--slidev-slide-scale:min(calc(100vw / 1920px),calc(100vh / 1080px))')
  })
})

describe('the offline worker\'s record of index.html', () => {
  const worker = 'precacheAndRoute([{url:"404.html",revision:"aaa111"},{url:"index.html",revision:"bbb222"},{url:"read/index.html",revision:"ccc333"}])'

  it('gets the MD5 of the new page, as Workbox makes it, and nothing else changes', () => {
    const updated = withPrecacheRevision(worker, 'index.html', 'new page')
    const md5 = createHash('md5').update('new page').digest('hex')
    expect(updated).toBe(worker.replace('bbb222', md5))
  })

  it('fails when the worker has no entry for the page', () => {
    expect(() => withPrecacheRevision(worker.replace('{url:"index.html",revision:"bbb222"},', ''), 'index.html', 'x')).toThrow(/no precache entry for index.html/)
  })
})
