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
})
