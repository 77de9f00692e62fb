import { describe, expect, it } from 'vitest'
import { check, definePost, measure, render, type PlatformId } from '../src/index.js'
import { generateCorpus } from './support/corpus.js'

/** Whether a prefix fits the platform's main limit (a failing secondary constraint has a diagnostic of its own). */
const fits = (text: string, length: number, platform: PlatformId) => measure(text.slice(0, length), platform).constraints[0]?.withinLimit

const lengthOnly = { preset: 'none' as const, rules: { 'length/over-limit': 'error' as const } }

describe('length/over-limit position', () => {
  const platforms: PlatformId[] = ['x', 'bluesky', 'mastodon', 'threads']
  // A prefix cut inside a grapheme cluster or a link may count more than a longer one, so "the longest prefix that
  // fits" is not unique; what must hold is that the text fits up to the start and not one unit further.
  it('starts exactly where the rendered text stops fitting, on 400 generated posts and 4 platforms', () => {
    const texts = generateCorpus(800, 77, 200, 1600)
    let compared = 0
    for (let i = 0; i < texts.length; i += 2) {
      const post = definePost({ en: texts[i] as string, fr: texts[i + 1] as string })
      const report = check(post, { ...lengthOnly, platforms })
      for (const d of report.diagnostics) {
        if (d.position === undefined) continue // a secondary constraint (bytes, links) has no range
        const lang = d.lang!
        const platform = d.platform!
        const rendered = render(post[lang], platform)
        if (rendered !== post[lang]) continue // offsets differ only where Markdown was rendered
        const start = d.position.start.offset
        expect(fits(rendered, start, platform), `${lang} ${platform} fits up to ${start}`).toBe(true)
        expect(fits(rendered, start + 1, platform), `${lang} ${platform} not past ${start}`).toBe(false)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(600)
  })

  it('starts where the length limit is passed, not where a secondary constraint fails first', () => {
    // Threads: six different links in the first 200 characters (a `links` diagnostic of its own), 510 characters in all.
    const links = [1, 2, 3, 4, 5, 6].map((n) => `https://canada.ca/${n}`).join(' ')
    const threadsText = `${links} ${'a'.repeat(509 - links.length)}`
    // X: a byte-order mark near the start (a `forbiddenCharacters` diagnostic of its own, and a weight of 2), 301 in all.
    const xText = `Avis \ufeff${'a'.repeat(294)}`
    for (const [platform, text, start] of [
      ['threads', threadsText, 500],
      ['x', xText, 279],
    ] as const) {
      const report = check(definePost({ en: text, fr: 'Court.' }), { ...lengthOnly, platforms: [platform] })
      const over = report.diagnostics.find((d) => d.position !== undefined)
      expect(report.diagnostics.length, platform).toBe(2)
      expect(measure(text, platform).withinLimit).toBe(false)
      expect(over?.position?.start.offset, platform).toBe(start)
    }
  })

  it('starts where a Bluesky text passes 300 graphemes even when it passes 3,000 bytes far earlier', () => {
    const text = `${'👨‍👩‍👧‍👦'.repeat(130)}${'a'.repeat(200)}` // 330 graphemes, 3,250 bytes
    const report = check(definePost({ en: text, fr: 'Court.' }), { ...lengthOnly, platforms: ['bluesky'] })
    expect(report.diagnostics.map((d) => d.messageKey).sort()).toEqual(['length/over-limit.bytes', 'length/over-limit.enOnly'])
    const over = report.diagnostics.find((d) => d.position !== undefined)
    expect(over?.position?.start.offset).toBe('👨‍👩‍👧‍👦'.length * 130 + 170)
  })

  it('starts after the longest prefix that fits a custom limit', () => {
    const text = 'Les cliniques de vaccination ouvrent lundi. https://www.canada.ca/fr/sante.html 🇨🇦 #Grippe'
    for (const platform of platforms) {
      const limit = 40
      const report = check(definePost({ en: 'Court.', fr: text }), { ...lengthOnly, platforms: [platform], limits: { [platform]: { text: limit } } })
      const start = report.diagnostics[0]?.position?.start.offset as number
      expect(measure(text.slice(0, start), platform, { limit }).withinLimit, platform).toBe(true)
      expect(measure(text.slice(0, start + 1), platform, { limit }).withinLimit, platform).toBe(false)
    }
  })
})
