import { describe, expect, it } from 'vitest'
import { check, definePost, measure, render, type PlatformId } from '../src/index.js'
import { generateCorpus } from './support/corpus.js'

const fits = (text: string, length: number, platform: PlatformId) => measure(text.slice(0, length), platform).withinLimit

describe('length/over-limit position (interpolation search)', () => {
  const platforms: PlatformId[] = ['x', 'bluesky', 'mastodon', 'threads']
  // A prefix cut inside a grapheme cluster may count less than a shorter one, so "the longest prefix that
  // fits" is not unique; what must hold is that the text fits up to the start and not one unit further.
  it('starts exactly where the rendered text stops fitting, on 400 generated posts and 4 platforms', () => {
    const texts = generateCorpus(800, 77, 200, 1600)
    let compared = 0
    for (let i = 0; i < texts.length; i += 2) {
      const post = definePost({ en: texts[i] as string, fr: texts[i + 1] as string })
      const report = check(post, { platforms, preset: 'none', rules: { 'length/over-limit': 'error' } })
      for (const d of report.diagnostics) {
        if (d.messageKey.endsWith('bytes') || d.messageKey.endsWith('links')) continue
        const lang = d.lang!
        const platform = d.platform!
        const rendered = render(post[lang], platform)
        if (rendered !== post[lang]) continue // offsets differ only where Markdown was rendered
        const start = d.position?.start.offset as number
        expect(fits(rendered, start, platform), `${lang} ${platform} fits up to ${start}`).toBe(true)
        expect(fits(rendered, start + 1, platform), `${lang} ${platform} not past ${start}`).toBe(false)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(600)
  })
})

