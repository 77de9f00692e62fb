// The live editor page (issue 15, part 4): built by `npm run playground`, opened from file://
// in headless Chromium, driven as a communications officer would, and checked with axe-core.
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { check, definePost, formatDiagnostic } from '../src/index.js'
import { buildPlayground } from '../scripts/build-playground.js'
import { haveChromium, launchChromium } from './support/chromium.js'

const artifacts = new URL('./artifacts/', import.meta.url)

// A boil-water advisory, 2 sentences over X's 280: the French is longer, as French is.
const en =
  'Boil-water advisory for Iqaluit: residents of the downtown core must boil tap water for at least one minute before drinking, cooking or brushing teeth until further notice. Notice: closed to visitors until the City lifts the advisory. Bottled water is available at the arena from 9 a.m. to 5 p.m. Details: https://www.iqaluit.ca/en/water'
const fr =
  'Avis d’ébullition de l’eau pour Iqaluit : les résidents du centre-ville doivent faire bouillir l’eau du robinet pendant au moins une minute avant de la boire, de cuisiner ou de se brosser les dents, jusqu’à nouvel ordre. Avis : fermé aux visiteurs jusqu’à ce que la Ville lève l’avis. De l’eau embouteillée est offerte à l’aréna de 9 h à 17 h. Détails : https://www.iqaluit.ca/fr/eau'

describe.skipIf(!haveChromium)('playground page in headless Chromium', () => {
  let browser: Browser
  let page: Page
  const requests: string[] = []

  beforeAll(async () => {
    const path = await buildPlayground()
    mkdirSync(artifacts, { recursive: true })
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 1400 } })
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(pathToFileURL(path).href)
    await page.locator('#counts table').waitFor()
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('is one self-contained file: the script is inlined and nothing is fetched', () => {
    expect(requests).toEqual([])
    expect(page.url()).toMatch(/^file:/)
  })

  it('shows the overflow past X’s limit and the thread it becomes, as the French is typed', async () => {
    await page.getByLabel('English (Markdown)').fill(en)
    const french = page.getByLabel('French (Markdown)')
    await french.fill(fr.slice(0, -10))
    await french.pressSequentially(fr.slice(-10)) // the last keystrokes, one by one
    expect(await french.getAttribute('lang')).toBe('fr')

    const over = check(definePost({ en, fr })).diagnostics.find((d) => d.ruleId === 'length/over-limit' && d.lang === 'fr' && d.platform === 'x')
    expect(over?.position).toBeDefined()
    const { start, end } = over!.position!
    await expect.poll(() => page.locator('#fr-mirror mark.over').textContent()).toBe(fr.slice(start.offset, end.offset))

    const xCount = page.locator('#counts tr[data-platform="x"] td[data-lang="fr"]')
    expect(await xCount.textContent()).toMatch(/^\d+ \/ 280$/)
    expect(await xCount.getAttribute('class')).toBe('bad')
    expect(await page.locator('#counts').getAttribute('aria-live')).toBe('polite')

    const parts = await page.locator('#thread section[data-lang="fr"] ol.thread li').allTextContents()
    expect(parts.length).toBeGreaterThanOrEqual(2)
    expect(parts[0]).toMatch(/1\/\d$/)
    expect(await page.locator('#payload').textContent()).toContain('"accounts": "separate"')
    await page.screenshot({ path: new URL('playground-overflow.png', artifacts).pathname, fullPage: true })
  })

  it('goes from field to field with Tab: English, then French', async () => {
    await page.getByLabel('English (Markdown)').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate('document.activeElement.id')).toBe('fr')
  })

  it('applies one fix, by keyboard, and the French gets its no-break space', async () => {
    const button = page.locator('li[data-rule="typography/fr-colon"] button.fix').first()
    await button.focus()
    await page.keyboard.press('Enter')
    const value = await page.getByLabel('French (Markdown)').inputValue()
    expect(value).not.toBe(fr)
    expect(value).toContain('Iqaluit\u00a0: les résidents')
    // One diagnostic's fix only: the other colons are still as typed.
    expect(value).toContain('Avis : fermé')
    expect(value.replace('Iqaluit\u00a0:', 'Iqaluit :')).toBe(fr)
    // Focus stays in the list, on the next fix, for the next Enter.
    expect(await page.evaluate('document.activeElement.className')).toBe('fix')
  })

  it('applies every fix at once: `Avis : fermé` gets its no-break space too', async () => {
    await page.locator('#fix-all').click()
    const value = await page.getByLabel('French (Markdown)').inputValue()
    expect(value).toContain('Avis\u00a0: fermé')
    expect(value).toContain('Détails\u00a0: https')
    expect(await page.locator('li[data-rule="typography/fr-colon"]').count()).toBe(0)
  })

  it('shows the diagnostics in French once the interface is switched to French', async () => {
    const english = await page.locator('ul.diagnostics li span').allTextContents()
    // Keyboard only: the radio group takes the arrow keys.
    await page.getByLabel('English', { exact: true }).focus()
    await page.keyboard.press('ArrowRight')
    expect(await page.getByLabel('Français', { exact: true }).isChecked()).toBe(true)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr')
    const shown = await page.locator('ul.diagnostics li span').allTextContents()
    const post = definePost({ en, fr: await page.getByLabel('Français (Markdown)').inputValue() })
    const expected = check(post).diagnostics.map((d) => formatDiagnostic(d, 'fr'))
    expect(shown).toEqual(expected)
    expect(shown).not.toEqual(english)
    expect(shown.join('\n')).toContain('erreur')
    expect(await page.locator('#diagnostics-heading').textContent()).toBe('Diagnostics')
    expect(await page.locator('#thread-heading').textContent()).toBe('Fil')
    await page.screenshot({ path: new URL('playground-fr.png', artifacts).pathname, fullPage: true })
  })

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const require = createRequire(import.meta.url)
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') })
    const violations = await page.evaluate<{ id: string; impact: string; nodes: number }[]>(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`,
    )
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
  })

  it('measures keystroke to updated counts for a 1,000-character post on eight platforms', async () => {
    const timing = await page.evaluate<{ medianMs: number; runs: number; length: number }>('playground.timeUpdates(30, 1000)')
    console.log(`playground: keystroke to updated counts, 1,000 characters per language, 8 platforms: median ${timing.medianMs.toFixed(1)} ms over ${timing.runs} updates`)
    expect(timing.runs).toBe(30)
    expect(Number.isFinite(timing.medianMs)).toBe(true)
    expect((await page.getByLabel('Français (Markdown)').inputValue()).length).toBe(1000)
  })
})
