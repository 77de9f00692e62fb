// The HTML preview: its markup (escaping, languages, landmarks, progress semantics), then the page in headless Chromium.
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { definePost } from '../src/post/define.js'
import { measure } from '../src/platforms/registry.js'
import { render } from '../src/platforms/render.js'
import { renderPreview } from '../src/pipelines.js'
import { chromiumPath, haveChromium, launchChromium } from './support/chromium.js'

const longFrench =
  'Les cliniques de vaccination contre la grippe saisonnière ouvrent leurs portes lundi matin dans toutes les régions de la province. Apportez votre carte santé et portez des vêtements amples. Les rendez-vous sont recommandés mais les personnes sans rendez-vous seront accueillies dans la mesure du possible pendant toute la saison.'
const overLimit = definePost({
  id: 'flu-over-limit',
  en: 'Flu clinics open Monday morning. [Find one](https://www.canada.ca/en/flu.html) #FluSeason',
  fr: longFrench,
  platforms: ['x', 'mastodon'],
})
const hostile = definePost({
  id: '<img src=x onerror="window.__pwned=1">',
  en: 'Hello <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2; alert(1)</script> [click](javascript:window.__pwned=3)',
  fr: 'Bonjour "><script>window.__pwned=4</script> <svg onload="window.__pwned=5">',
  platforms: ['x'],
  media: [{ url: 'https://example.com/a.png', alt: { en: '<b onmouseover="window.__pwned=6">alt</b>', fr: 'texte </p><script>window.__pwned=7</script>' } }],
})

describe('renderPreview markup', () => {
  const html = renderPreview([overLimit, hostile])

  it('is one self-contained page: no script, no external resource, a CSP that forbids them', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(html).not.toMatch(/<(?:script|link|img|iframe|object|embed|svg|video|audio)\b/i)
    expect(html).not.toMatch(/@import|url\(/)
    expect(html).not.toMatch(/<a\b(?![^>]*href="#)/)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
  })

  it('escapes every piece of user text', () => {
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<script>window')
    expect(html).not.toContain('<svg')
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;')
    expect(html).toContain('&lt;b onmouseover=&quot;window.__pwned=6&quot;&gt;alt&lt;/b&gt;')
  })

  it('gives landmarks, headings, lang="fr" on French cards and progress semantics to each bar', () => {
    expect(html).toContain('<main id="main">')
    expect(html).toMatch(/<nav aria-label="Posts">/)
    expect(html).toContain('<h2 id="post-1-title">flu-over-limit</h2>')
    expect(html).toMatch(/<article class="card over" lang="fr" aria-labelledby="post-1-x-fr" data-platform="x" data-lang="fr"/)
    const rendered = render(overLimit.fr, 'x')
    const m = measure(rendered, 'x')
    expect(html).toContain(`role="progressbar" aria-label="Length on X" aria-valuemin="0" aria-valuemax="280" aria-valuenow="280" aria-valuetext="${m.length} of 280 weighted characters"`)
    expect(html).toContain(`Over the limit by ${m.length - 280}`)
  })

  it('speaks French when asked, and keeps the post texts in their own language', () => {
    const fr = renderPreview([overLimit], { lang: 'fr' })
    expect(fr).toMatch(/<html lang="fr">/)
    expect(fr).toContain('Dépasse la limite de')
    expect(fr).toContain('<article class="card" lang="en"')
  })
})

if (!haveChromium) console.warn(`Skipping the browser test of the preview: ${chromiumPath} is absent (apt-get install chromium).`)

describe.skipIf(!haveChromium)('the preview in headless Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('marks the over-limit French card, shows the measured numbers, runs no script and makes no request', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    const requests: string[] = []
    const dialogs: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url())
    })
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await page.setContent(renderPreview([overLimit, hostile]), { waitUntil: 'load' })
    // Give any injected handler a chance to run: hover, focus through the page.
    await page.hover('body')
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab')

    const frenchX = page.locator('article[data-platform="x"][data-lang="fr"]').first()
    const expected = measure(render(overLimit.fr, 'x'), 'x')
    await expect.poll(() => frenchX.getAttribute('class')).toContain('over')
    expect(await frenchX.locator('.counter').innerText()).toBe(`${expected.length} / 280 weighted characters`)
    expect(await frenchX.locator('.verdict').innerText()).toContain(`Over the limit by ${expected.length - 280}`)
    // Marked by more than colour: a dashed border of a different width, and words.
    // Runs in the page; typed by hand because this project's type-check has no DOM library.
    const border = await frenchX.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { borderTopStyle: string } }).getComputedStyle(el).borderTopStyle)
    expect(border).toBe('dashed')
    const bar = frenchX.getByRole('progressbar')
    expect(await bar.getAttribute('aria-valuetext')).toBe(`${expected.length} of 280 weighted characters`)

    const englishX = page.locator('article[data-platform="x"][data-lang="en"]').first()
    const english = measure(render(overLimit.en, 'x'), 'x')
    expect(await englishX.locator('.counter').innerText()).toBe(`${english.length} / 280 weighted characters`)
    expect(await englishX.getAttribute('class')).toBe('card')

    expect(await page.evaluate('window.__pwned')).toBeUndefined()
    expect(await page.locator('script').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['flu-over-limit', '<img src=x onerror="window.__pwned=1">'])
    expect(await page.getByRole('main').count()).toBe(1)

    const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url))
    mkdirSync(artifacts, { recursive: true })
    await page.screenshot({ path: `${artifacts}preview.png`, fullPage: true })
    await page.close()
  })
})
