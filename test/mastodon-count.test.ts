import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mastodonLength } from '../src/platforms/mastodon.js'
import { duringOneCall } from '../src/text/call-memo.js'
import { graphemeLengthInCall } from '../src/text/unicode.js'
import { extractUrls } from '../src/text/urls.js'
import { generateCorpus } from './support/corpus.js'
import { hostileText } from './support/hostile-text.js'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const clusters = (text: string) => [...segmenter.segment(text)].length

/**
 * Mastodon's `StatusLengthValidator`, read piece by piece with `Intl.Segmenter`: the clusters of the text between
 * links with a scheme, each `@user@domain` counted as `@user`, and `charactersPerUrl` for each link.
 */
function reference(text: string, charactersPerUrl: number): number {
  const remote = /(?<![=/\p{L}\p{N}_])@([a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?)(@[\p{L}\p{N}_]+(?:[.-]+[\p{L}\p{N}_]+)*)?/giu
  const piece = (part: string) => clusters(part.replace(remote, (_match, user: string) => `@${user}`))
  let length = 0
  let from = 0
  for (const url of extractUrls(text, { withoutProtocol: false })) {
    length += piece(text.slice(from, url.start)) + charactersPerUrl
    from = url.end
  }
  return length + piece(text.slice(from))
}

describe('mastodonLength', () => {
  // Links cut at cluster boundaries and no remote mention: the count comes from the text's clusters, shared with Bluesky and Threads.
  it('counts as Mastodon does, link by link, on generated posts and hostile texts, within a call and outside one', () => {
    let withLinks = 0
    const compare = (text: string) => {
      for (const charactersPerUrl of [23, 5]) {
        const expected = reference(text, charactersPerUrl)
        expect(mastodonLength(text, charactersPerUrl), JSON.stringify(text)).toBe(expected)
        // Bluesky's count of the same text, remembered first, as in a check.
        expect(
          duringOneCall(() => (graphemeLengthInCall(text), mastodonLength(text, charactersPerUrl))),
          JSON.stringify(text),
        ).toBe(expected)
      }
      if (extractUrls(text, { withoutProtocol: false }).length > 0) withLinks++
    }
    for (const text of generateCorpus(2000, 11, 20, 800)) compare(text)
    fc.assert(
      fc.property(hostileText(30), (text) => compare(text)),
      { numRuns: 3000, seed: 16 },
    )
    expect(withLinks).toBeGreaterThan(1500)
  })

  // A remote mention's `@domain` is taken out by its clusters when it starts and ends at sure boundaries; a mark or
  // a joiner at its edge sends the piece the long way. Both give Mastodon's count.
  it('counts remote mentions as @user, beside links, emoji and marks at the domain’s edges', () => {
    const texts = [
      'Suivez @ASPC@social.canada.ca et @HealthCanada@mastodon.social : https://canada.ca/fr/sante-publique 🇨🇦',
      'Infos : @user@mastodon.social, https://example.com/a et @other@fosstodon.org!',
      'Avis @a@b\u0301c fin',
      'Avis @a@bc\u0301 fin @d@e.f',
      'Avis @a@bc\u200d\u{1F469} fin',
      '\u{1F469}\u200d@a@b.c https://x.ca @d@e',
      'x@a@b @c@d https://e.ca/@f@g @h@i',
    ]
    for (const text of texts)
      for (const charactersPerUrl of [23, 5]) {
        expect(mastodonLength(text, charactersPerUrl), JSON.stringify(text)).toBe(reference(text, charactersPerUrl))
        expect(
          duringOneCall(() => (graphemeLengthInCall(text), mastodonLength(text, charactersPerUrl))),
          JSON.stringify(text),
        ).toBe(reference(text, charactersPerUrl))
      }
    // The domains count: without taking them out, the first text would count 33 more.
    expect(mastodonLength(texts[0] as string)).toBe(
      clusters(
        (texts[0] as string)
          .replace('@social.canada.ca', '')
          .replace('@mastodon.social', '')
          .replace(/https:\S+/, ''),
      ) + 23,
    )
  })
})
