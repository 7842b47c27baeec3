import { readdirSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-chromium'
import { chromiumArgs, resolveChromium } from './scripts/chromium'

const [prefix, out] = process.argv.slice(2) as [string, string]
const dir = prefix.slice(0, prefix.lastIndexOf('/'))
const base = prefix.slice(prefix.lastIndexOf('/') + 1)
const files = readdirSync(dir).filter(f => f.startsWith(base) && f.endsWith('.png')).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
writeFileSync(`${dir}/sheet.html`, `<body style="margin:0;display:grid;grid-template-columns:repeat(3,1fr);gap:6px;background:#888">${files.map(f => `<img src="${f}" style="width:100%;display:block">`).join('')}</body>`)
const browser = await chromium.launch({ executablePath: resolveChromium().executablePath, args: [...chromiumArgs, '--allow-file-access-from-files'] })
const page = await browser.newPage({ viewport: { width: 1800, height: 1100 } })
await page.goto(`file://${dir}/sheet.html`)
await page.screenshot({ path: out, fullPage: true })
await browser.close()
