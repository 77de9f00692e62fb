import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { rulesTable } from '../scripts/rules-table.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('has the rule table generated from the rules (run `npm run docs:rules` to refresh it)', () => {
    const start = readme.indexOf('<!-- rules:start -->')
    const end = readme.indexOf('<!-- rules:end -->')
    expect(start).toBeGreaterThan(-1)
    expect(readme.slice(start + '<!-- rules:start -->'.length, end).trim()).toBe(rulesTable())
  })

  it('gives the two set-up commands, and .ci/run runs the README’s test command', () => {
    expect(readme).toContain('npm install && npm run example')
    expect(readme).toContain('npm test')
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')
    expect(ci).toMatch(/^npm ci\b/m)
    expect(ci).toMatch(/^npm test$/m)
  })
})

describe('the README tour', () => {
  it('states what the code returns', async () => {
    const { definePost, render, measure } = await import('../src/index.js')
    const post = definePost({
      en: 'Flu clinics open Monday. [Find one near you](https://www.canada.ca/en/public-health/flu.html) #FluSeason',
      fr: 'Les cliniques de vaccination contre la grippe ouvrent lundi. [Trouvez-en une près de chez vous](https://www.canada.ca/fr/sante-publique/grippe.html) #SaisonDeLaGrippe',
    })
    const rendered = render(post.fr, 'x')
    expect(readme).toContain(`// '${rendered}'`)
    const m = measure(rendered, 'x')
    expect(readme).toContain(`length: ${m.length}, limit: ${m.limit}, remaining: ${m.remaining}, withinLimit: ${m.withinLimit}`)
  })
})

describe('the README media example', () => {
  it('states what check() and toPayloads() do with a relative poster path', async () => {
    const { check, definePost, toPayloads } = await import('../src/index.js')
    const post = definePost({
      en: 'Open house at the Canadian Museum of History, June 20.',
      fr: 'Journée portes ouvertes au Musée canadien de l’histoire, le 20 juin.',
      platforms: ['instagram', 'threads', 'x'],
      media: [{ url: 'media/open-house-poster.jpg', alt: { en: 'Open house poster.', fr: 'Affiche de la journée portes ouvertes.' } }],
    })
    expect(
      check(post)
        .diagnostics.filter((d) => d.ruleId === 'media/url')
        .map((d) => d.platform),
    ).toEqual(['instagram', 'threads'])
    const mediaBaseUrl = 'https://www.historymuseum.ca/'
    expect(check(post, { mediaBaseUrl }).ok).toBe(true)
    const url = toPayloads(post, 'instagram', { mediaBaseUrl }).fr[0]?.body.image_url
    expect(readme).toContain(`image_url // '${url}'`)
  })
})

describe('the README post input example', () => {
  it('states what safeDefinePost says, in French and in English', async () => {
    const { safeDefinePost } = await import('../src/index.js')
    const result = safeDefinePost({ id: 'tax-deadline-2027', en: 'Reminder: file your 2026 return by April 30, 2027.', platform: ['x'], publishAt: 'April 30, 2027 9:00' }, { messageLanguage: 'fr' })
    if (result.success) throw new Error('accepted')
    // The README shows the no-break spaces as spaces.
    for (const line of result.error.message.replaceAll('\u00a0', ' ').split('\n')) expect(readme).toContain(`// ${line}`)
    for (const issue of result.error.issues) expect(readme).toContain(`// ${issue.path.join('.')} ${issue.messages.en}`)
  })
})

describe('the README thread-parts example', () => {
  it('states what check() says without and with threadParts, and what threadPartsFor() counts', async () => {
    const { check, definePost, threadPartsFor } = await import('../src/index.js')
    const notice = definePost({ en: 'Flu clinics open Monday.', fr: 'Les cliniques de vaccination ouvrent lundi partout au pays. '.repeat(12) })
    const [over] = check(notice, { platforms: ['x'] }).diagnostics
    expect(readme).toContain(`over?.message.en // '${over?.message.en}'`)
    const counted = check(notice, { platforms: ['x'], threadParts: true }).diagnostics[0]
    expect(readme).toContain(`threadPartsFor(notice, over!) // ${threadPartsFor(notice, over!)}:`)
    expect(readme).toContain(`threadParts: true }).diagnostics[0]?.data.parts // ${String(counted?.data.parts)}`)
    expect(counted?.message.en.endsWith(`threads of ${String(counted?.data.parts)} parts.`)).toBe(true)
  })
})
