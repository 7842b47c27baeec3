/**
 * Link previews, in the built decks: each edition's index.html (and the 404.html copy GitHub Pages
 * serves for deep links) gives its own title, its description without stray quotes, and its title
 * slide's 1200 × 630 picture, which the build drew from the deck itself. The sub-path test build
 * has a site origin (absolute URLs, og:url); dist/, built by `npm run build` with none, gives the
 * picture from the site's root and no og:url. The picture is served by the host like any file.
 */
import type { Buffer } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { decodeHTML } from 'entities'
import { loadShownSlides } from '../../scripts/deck-outline'
import { projectRoot } from '../../scripts/files'
import { previewImage } from '../../setup/link-preview'
import { deckPath, loadTestedEditions } from '../support/editions'
import { basePath, buildDir, ensureTestBuilds, subpathBuild, testSiteOrigin } from '../support/test-builds'
import { expect, test } from './fixtures'

const testedEditions = await loadTestedEditions()

test.beforeAll(async () => {
  test.setTimeout(300_000)
  await ensureTestBuilds(subpathBuild)
})

/** Every `<meta>` of a page's head, as key → the contents it has under that key, decoded. */
function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>()
  for (const match of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g))
    tags.set(match[1]!, [...tags.get(match[1]!) ?? [], decodeHTML(match[2]!)])
  return tags
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number, height: number } {
  expect(png.subarray(1, 4).toString('latin1'), 'a PNG file').toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

const builds = [
  { name: 'dist/ (no --site-origin)', dir: join(projectRoot, 'dist'), base: '/', origin: undefined },
  { name: `${subpathBuild.name} (--site-origin ${testSiteOrigin})`, dir: buildDir(subpathBuild), base: basePath(subpathBuild), origin: testSiteOrigin },
] as const

for (const { edition, outline } of testedEditions) {
  test.describe(edition.locale, () => {
    for (const build of builds) {
      test(`${build.name}: the title, the description without quotes, and the title slide's picture, once each`, async () => {
        const { headmatter } = await loadShownSlides(edition.entry)
        const editionBase = deckPath(edition, '', build.base)
        const pageUrl = build.origin === undefined ? undefined : `${build.origin}${editionBase}`
        const imageUrl = `${build.origin ?? ''}${editionBase}${previewImage.file}`
        const title = outline.titleTemplate.replace('%s', outline.title)
        for (const page of ['index.html', '404.html']) {
          const html = await readFile(join(build.dir, edition.path, page), 'utf8')
          const tags = metaTags(html)
          for (const [key, values] of tags)
            expect(values, `${page}: ${key} is given once`).toHaveLength(1)
          const content = (key: string) => tags.get(key)?.[0]
          expect(content('description'), page).toBe(headmatter.info)
          expect(content('og:description'), page).toBe(headmatter.info)
          expect(content('twitter:description'), page).toBe(headmatter.info)
          expect(content('author'), page).toBe(headmatter.author)
          expect(content('og:title'), page).toBe(title)
          expect(content('twitter:title'), page).toBe(title)
          expect(content('og:locale'), page).toBe({ en: 'en_GB', fr: 'fr_FR' }[edition.locale])
          expect(content('og:url'), page).toBe(pageUrl)
          expect(content('og:image'), page).toBe(imageUrl)
          expect(content('twitter:image'), page).toBe(imageUrl)
          expect(content('twitter:card'), page).toBe('summary_large_image')
          expect([content('og:image:width'), content('og:image:height')], page).toEqual([String(previewImage.width), String(previewImage.height)])
          expect(html, `${page}: no value in literal quotes`).not.toMatch(/content="&quot;/)
        }
        const png = await readFile(join(build.dir, edition.path, previewImage.file))
        expect(pngSize(png)).toEqual({ width: previewImage.width, height: previewImage.height })
      })
    }

    test('the picture is the title slide as the served deck draws it', async ({ page }) => {
      const slideViewport = { width: previewImage.width, height: Math.round(previewImage.width * 9 / 16) }
      await page.setViewportSize(slideViewport)
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(deckPath(edition, 1))
      await expect(page.locator('.slidev-page-1')).toBeVisible()
      await page.evaluate(() => document.fonts.ready)
      const drawn = await page.screenshot({ clip: { x: 0, y: (slideViewport.height - previewImage.height) / 2, width: previewImage.width, height: previewImage.height } })
      const built = await readFile(join(projectRoot, 'dist', edition.path, previewImage.file))
      // Both pictures on a canvas: the share of pixels that differ visibly.
      const differing = await page.evaluate(async ([a, b]) => {
        const pixels = async (base64: string) => {
          const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob())
          const canvas = new OffscreenCanvas(image.width, image.height)
          const context = canvas.getContext('2d')!
          context.drawImage(image, 0, 0)
          return context.getImageData(0, 0, image.width, image.height).data
        }
        const [first, second] = [await pixels(a), await pixels(b)]
        let count = 0
        for (let i = 0; i < first.length; i += 4) {
          if (Math.max(Math.abs(first[i]! - second[i]!), Math.abs(first[i + 1]! - second[i + 1]!), Math.abs(first[i + 2]! - second[i + 2]!)) > 24)
            count++
        }
        return count / (first.length / 4)
      }, [drawn.toString('base64'), built.toString('base64')] as const)
      expect(differing, 'share of pixels that differ between the picture and the served title slide').toBeLessThan(0.01)
    })
  })
}
