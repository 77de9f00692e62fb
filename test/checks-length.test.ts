import twitter from 'twitter-text'
import { describe, expect, it } from 'vitest'
import { check, definePost, formatDiagnostic, render, splitThread, threadPartsFor } from '../src/index.js'
import { loadExamples } from '../examples/load.js'

const lengthOnly = { preset: 'none' as const, rules: { 'length/over-limit': 'error' as const } }
/** Asks `length/over-limit` for the thread-part count, which its message then quotes. */
const withParts = { ...lengthOnly, threadParts: true }

describe('length/over-limit on the bundled examples', () => {
  const overOnX = loadExamples().filter(({ post }) => {
    const en = twitter.parseTweet(render(post.en, 'x'))
    const fr = twitter.parseTweet(render(post.fr, 'x'))
    return en.valid && !fr.valid
  })

  it('has at least two examples whose French is past X’s limit while the English fits (by twitter-text)', () => {
    expect(overOnX.length).toBeGreaterThanOrEqual(2)
  })

  it.each(overOnX.map(({ file, post }) => [file, post] as const))('%s: names French, X, the exact overage and the thread-part count', (_file, post) => {
    const report = check(post, { ...withParts, platforms: ['x'] })
    const [diagnostic, ...rest] = report.diagnostics
    expect(rest).toEqual([])
    expect(diagnostic?.ruleId).toBe('length/over-limit')
    expect(diagnostic?.lang).toBe('fr')
    expect(diagnostic?.platform).toBe('x')
    const weighted = twitter.parseTweet(render(post.fr, 'x')).weightedLength
    expect(diagnostic?.data).toMatchObject({ length: weighted, limit: 280, over: weighted - 280, otherFits: true })
    const parts = splitThread(render(post.fr, 'x'), 'x')
    expect(diagnostic?.data.parts).toBe(parts.length)
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(weighted / 280))
    for (const part of parts) expect(twitter.parseTweet(part).valid).toBe(true)
    expect(diagnostic?.message.en).toContain('French')
    expect(diagnostic?.message.en).toContain(`${weighted - 280} over`)
    expect(diagnostic?.message.en).toContain(`${parts.length} parts`)
    expect(diagnostic?.message.fr).toContain('français')
    expect(diagnostic?.message.fr).toContain(`${parts.length} parties`)
    expect(diagnostic?.message.en).not.toContain('own account')
    // The position runs from where the text stops fitting to the end of the French source.
    expect(diagnostic?.position?.end.offset).toBe(post.fr.length)
    expect(diagnostic?.position?.start.offset).toBeGreaterThan(0)
    expect(diagnostic?.position?.start.offset).toBeLessThan(post.fr.length)
    expect(formatDiagnostic(diagnostic!, 'fr')).toMatch(/^fr \d+:\d+-\d+:\d+ erreur {2}Le texte français/)
  })
})

describe('length/over-limit', () => {
  it('reports English over the limit when both are over, with the generic message', () => {
    const long = 'word '.repeat(70)
    const report = check(definePost({ en: long, fr: `${long}mot` }), { ...lengthOnly, platforms: ['x'] })
    expect(report.diagnostics.map((d) => d.lang)).toEqual(['en', 'fr'])
    expect(report.diagnostics[0]?.messageKey).toBe('length/over-limit.message')
    expect(report.diagnostics[0]?.data).toMatchObject({ length: 349, over: 69 })
  })

  it('offers no thread when one word is longer than a whole post (i18next context noThread)', () => {
    const word = 'anticonstitutionnellement'.repeat(12) // 300 characters, no break point
    const report = check(definePost({ en: 'Read the notice.', fr: `Lisez ${word}` }), { ...withParts, platforms: ['x'] })
    const [diagnostic] = report.diagnostics
    expect(diagnostic?.data.parts).toBeNull()
    expect(diagnostic?.message.en).toBe('The French text is 306 weighted characters on X, 26 over the limit of 280, while the English fits. Cut 26 from the French.')
    expect(diagnostic?.message.fr).not.toContain('fil')
    // The French alone is over: publishing it from its own account would not make it fit, so that is not offered.
    expect(diagnostic?.message.fr).not.toContain('propre compte')
  })

  it('gives the same facts from one check to the next, and serialises them as they are', () => {
    const long = 'Les cliniques de vaccination ouvrent lundi partout au pays. '.repeat(12)
    const post = definePost({ en: 'Flu clinics open Monday.', fr: long })
    const first = check(post, { ...withParts, platforms: ['x', 'threads'] }).diagnostics
    const second = check(post, { ...withParts, platforms: ['x', 'threads'] }).diagnostics
    for (const [i, d] of first.entries()) {
      expect(d.message.fr).toContain(`${String(splitThread(render(post.fr, d.platform!), d.platform!).length)} parties`)
      expect(second[i]?.data.parts).toBe(d.data.parts)
      expect(JSON.parse(JSON.stringify(second[i]))).toEqual(JSON.parse(JSON.stringify(d)))
    }
    expect(JSON.parse(JSON.stringify(first[0])).data.parts).toBeGreaterThan(1)
    expect(JSON.parse(JSON.stringify(first[0])).message).toEqual({ en: first[0]?.message.en, fr: first[0]?.message.fr })
    expect({ ...first[0]?.message }).toEqual({ en: first[0]?.message.en, fr: first[0]?.message.fr })
  })

  it('without threadParts, counts no thread: data holds no parts and the message offers a thread without a count', () => {
    const long = 'Les cliniques de vaccination ouvrent lundi partout au pays. '.repeat(12)
    const post = definePost({ en: 'Flu clinics open Monday.', fr: long })
    const [diagnostic] = check(post, { ...lengthOnly, platforms: ['x'] }).diagnostics
    expect(diagnostic?.data).toEqual({ length: 719, limit: 280, over: 439, count: 439, unit: 'weighted', otherFits: true })
    expect(diagnostic?.message).toEqual({
      en: 'The French text is 719 weighted characters on X, 439 over the limit of 280, while the English fits. Cut 439 from the French, or post both languages as threads.',
      fr: 'Le texte français compte 719 caractères pondérés sur X, soit 439 de plus que la limite de 280, alors que l’anglais tient. Retranchez-en 439 du français ou publiez les deux langues en fils.',
    })
    // threadPartsFor counts afterwards what threadParts: true would have put in data.parts.
    const counted = check(post, { ...withParts, platforms: ['x'] }).diagnostics[0]
    expect(threadPartsFor(post, diagnostic!)).toBe(counted?.data.parts)
    expect(threadPartsFor(post, diagnostic!)).toBe(splitThread(render(post.fr, 'x'), 'x').length)
  })

  it('threadPartsFor gives null for a text with a word longer than a post, and honours limit overrides', () => {
    const word = 'anticonstitutionnellement'.repeat(12)
    const post = definePost({ en: 'Read the notice.', fr: `Lisez ${word}`, platforms: ['x', 'mastodon'] })
    expect(threadPartsFor(post, { lang: 'fr', platform: 'x' })).toBeNull()
    const notice = definePost({ en: 'Flu clinics open Monday. '.repeat(30), fr: 'Les cliniques ouvrent lundi. '.repeat(40) })
    expect(threadPartsFor(notice, { lang: 'en', platform: 'mastodon' })).toBe(splitThread(notice.en, 'mastodon').length)
    expect(threadPartsFor(notice, { lang: 'en', platform: 'mastodon' })).toBeGreaterThan(1)
    expect(threadPartsFor(notice, { lang: 'en', platform: 'mastodon' }, { limits: { mastodon: { text: 1000 } } })).toBe(1)
  })

  it('honours limit overrides: a 1,000-character Mastodon instance', () => {
    const text = 'é'.repeat(700)
    const post = definePost({ en: text, fr: text, platforms: ['mastodon'] })
    expect(check(post, lengthOnly).ok).toBe(false)
    expect(check(post, { ...lengthOnly, limits: { mastodon: { text: 1000 } } }).ok).toBe(true)
  })

  it('reports Bluesky’s byte limit separately from its grapheme limit', () => {
    const text = '👨‍👩‍👧‍👦'.repeat(150) // 150 graphemes, 3,750 bytes
    const report = check(definePost({ en: 'Hi', fr: text, platforms: ['bluesky'] }), lengthOnly)
    expect(report.diagnostics.map((d) => d.messageKey)).toEqual(['length/over-limit.bytes'])
    expect(report.diagnostics[0]?.data).toMatchObject({ length: 3750, limit: 3000, over: 750 })
  })

  it('measures the rendered text, not the Markdown source', () => {
    const url = `https://www.canada.ca/fr/${'a'.repeat(300)}.html`
    const report = check(definePost({ en: `[Hi](${url})`, fr: `[Salut](${url})`, platforms: ['x'] }), lengthOnly)
    expect(report.ok).toBe(true)
  })
})

describe('length/near-limit and length/alt-text', () => {
  it('warns at 95 % of the limit and not below', () => {
    const at = (n: number) => check(definePost({ en: 'a'.repeat(n), fr: 'b'.repeat(n), platforms: ['x'] }), { preset: 'none', rules: { 'length/near-limit': 'warn' } })
    expect(at(265).diagnostics).toEqual([])
    const near = at(266)
    expect(near.diagnostics).toHaveLength(2)
    expect(near.diagnostics[0]).toMatchObject({ severity: 'warning', platform: 'x', data: { remaining: 14, percent: 95 } })
    expect(near.ok).toBe(true)
  })

  it('checks each media item’s alt text against the platform’s limit, per language', () => {
    const post = definePost({ en: 'Map', fr: 'Carte', platforms: ['x', 'mastodon'], media: [{ alt: { en: 'ok', fr: 'é'.repeat(1200) } }] })
    const report = check(post, { preset: 'none', rules: { 'length/alt-text': 'error' } })
    expect(report.diagnostics).toHaveLength(1)
    expect(report.diagnostics[0]).toMatchObject({ lang: 'fr', platform: 'x', field: 'media.0.alt', data: { length: 1200, limit: 1000, over: 200 } })
  })
})

describe('threadPartCount', () => {
  it('equals the number of parts splitThread makes, on every platform that threads', async () => {
    const { generateCorpus } = await import('./support/corpus.js')
    const { threadPartCount } = await import('../src/index.js')
    let compared = 0
    for (const text of generateCorpus(150, 31, 200, 1500)) {
      for (const platform of ['x', 'bluesky', 'mastodon', 'threads'] as const) {
        const rendered = render(text, platform)
        let parts: number | undefined
        try {
          parts = splitThread(rendered, platform).length
        } catch {
          expect(() => threadPartCount(rendered, platform)).toThrow()
          continue
        }
        expect(threadPartCount(rendered, platform)).toBe(parts)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(500)
  })
})

describe('length/near-limit in the recommended preset', () => {
  // A StatCan release at 97 % of X's limit in French: it fits, so it publishes as it is.
  const en =
    'The consumer price index rose 2.4% year over year in October, up from 2.0% in September. Prices for rent and food purchased from stores rose the most, while gasoline fell 1.1% year over year. Read the full release in The Daily: https://www150.statcan.gc.ca/n1/daily-quotidien/251118/dq251118a-eng.htm'
  const fr = `L’indice des prix à la consommation a augmenté de 2,4\u00a0% d’une année à l’autre en octobre, après 2,0\u00a0% en septembre. Les loyers et les aliments achetés en magasin ont le plus augmenté, alors que l’essence a baissé de 1,1\u00a0% sur un an. Le Quotidien\u00a0: https://www150.statcan.gc.ca/n1/daily-quotidien/251118/dq251118a-fra.htm`

  it('is info, so a post that fits carries no warning', () => {
    const post = definePost({ en, fr, platforms: ['x'] })
    const near = check(post, { rules: {} }).diagnostics.filter((d) => d.ruleId === 'length/near-limit')
    expect(near.length).toBeGreaterThan(0)
    for (const d of near) expect(d.severity).toBe('info')
    const report = check(post, { preset: 'recommended', rules: { 'length/near-limit': 'info' } })
    expect(report.diagnostics.filter((d) => d.ruleId.startsWith('length/') && d.severity !== 'info')).toEqual([])
    // Asked for, it warns as before.
    expect(check(post, { rules: { 'length/near-limit': 'warn' } }).diagnostics.find((d) => d.ruleId === 'length/near-limit')?.severity).toBe('warning')
  })
})
