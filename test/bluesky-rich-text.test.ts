import { RichText } from '@atproto/api'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check, definePost, render, renderDetailed } from '../src/index.js'
import { type BlueskyPost, toPayloads } from '../src/export/index.js'
import { toShortUrl } from '../src/platforms/bluesky.js'
import { labelThenUrl } from '../src/platforms/measurement.js'
import { renderMarkdown } from '../src/text/markdown.js'
import { linkedPosts } from './fixtures/bluesky-linked-posts.js'

const lengthOnly = { preset: 'none' as const, rules: { 'length/over-limit': 'error' as const }, platforms: ['bluesky' as const] }
const graphemes = (text: string) => new RichText({ text }).graphemeLength
const now = '2026-06-01T13:00:00.000Z'

// Bluesky is rich text (Bluesky docs, "Links, mentions, and rich text"); its 300-grapheme
// limit is on the stored text (atproto lexicon app.bsky.feed.post).
describe('Markdown links on Bluesky', () => {
  it('lets the 25 departmental posts through: they fit as the app stores them', () => {
    expect(linkedPosts.length).toBeGreaterThanOrEqual(25)
    let overWithUrls = 0
    for (const pair of linkedPosts) {
      const post = definePost(pair)
      expect(check(post, lengthOnly).diagnostics, pair.fr).toEqual([])
      for (const lang of ['en', 'fr'] as const) {
        const stored = render(post[lang], 'bluesky')
        expect(graphemes(stored)).toBeLessThanOrEqual(300)
        if (graphemes(renderMarkdown(post[lang], labelThenUrl).text) > 300) overWithUrls++
      }
    }
    // Most would be over if the URL were written out after the label, as before.
    expect(overWithUrls).toBeGreaterThanOrEqual(25)
  })

  it('still fails a post whose stored text is too long, with the length RichText gives', () => {
    const long = 'Recall: ' + 'Do not eat the affected frozen corn products. '.repeat(7)
    const post = definePost({ en: `${long}[Details](https://www.canada.ca/en/recall.html)`, fr: `${long}[Détails](https://www.canada.ca/fr/rappel.html)` })
    const report = check(post, lengthOnly)
    expect(report.diagnostics.map((d) => d.ruleId)).toEqual(['length/over-limit', 'length/over-limit'])
    expect(report.diagnostics[0]?.data).toMatchObject({ length: graphemes(render(post.en, 'bluesky')), limit: 300 })
  })

  it('puts each link facet on its label, with the Markdown URL, byte for byte', () => {
    for (const pair of linkedPosts.slice(0, 10)) {
      const record = toPayloads(definePost(pair), 'bluesky', { now }).fr[0]?.body as BlueskyPost
      const bytes = Buffer.from(record.text)
      const facets = (record.facets ?? []).filter((f) => f.features[0]?.$type === 'app.bsky.richtext.facet#link')
      expect(facets.length).toBe(2)
      expect(bytes.subarray(facets[1]?.index.byteStart, facets[1]?.index.byteEnd).toString()).toBe('English')
      expect(facets[1]?.features[0]).toMatchObject({ uri: expect.stringMatching(/^https:\/\/www\.canada\.ca\/en\//) })
      expect(graphemes(record.text)).toBe(graphemes(render(pair.fr, 'bluesky')))
    }
  })

  it('stores a link whose label is its URL as the app’s toShortUrl, and RichText finds the same facet range', () => {
    // toShortUrl: bluesky-social/social-app src/lib/strings/url-helpers.ts
    expect(toShortUrl('https://www.canada.ca/fr/agence-revenu.html')).toBe('www.canada.ca/fr/agence-re...')
    expect(toShortUrl('https://canada.ca/')).toBe('canada.ca')
    expect(toShortUrl('https://canada.ca/fr?a=1')).toBe('canada.ca/fr?a=1')
    expect(toShortUrl('mailto:info@canada.ca')).toBe('mailto:info@canada.ca')
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/)
    fc.assert(
      fc.property(fc.array(segment, { minLength: 0, maxLength: 4 }), fc.constantFrom('Voir : ', 'Détails ici : ', 'À lire 🎉 : '), (path, lead) => {
        const url = `https://www.canada.ca/${path.join('/')}`
        const stored = render(`${lead}<${url}>`, 'bluesky')
        expect(stored).toBe(lead + toShortUrl(url))
        expect(graphemes(stored)).toBe([...new Intl.Segmenter().segment(stored)].length)
        const [link] = renderDetailed(`${lead}<${url}>`, 'bluesky').links
        expect(stored.slice(link?.start, link?.end)).toBe(toShortUrl(url))
        // The short form has no '...' when short enough: then RichText's own detection gives our range.
        if (!toShortUrl(url).endsWith('...')) {
          const rt = new RichText({ text: stored })
          rt.detectFacetsWithoutResolution()
          const record = toPayloads(definePost({ en: `${lead}<${url}>`, fr: `${lead}<${url}>` }), 'bluesky', { now }).en[0]?.body as BlueskyPost
          expect(record.facets?.map((f) => f.index)).toEqual(rt.facets?.map((f) => f.index))
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('links/misleading-label', () => {
  const only = { preset: 'none' as const, rules: { 'links/misleading-label': 'error' as const } }
  it('reports a URL-like label that links elsewhere, in both languages, at the link', () => {
    const post = definePost({
      en: 'File by April 30: [canada.ca/taxes](https://example.com/pay).',
      fr: 'Produisez d’ici le 30 avril : [canada.ca/impots](https://www.canada.ca/fr/agence-revenu.html).',
    })
    const report = check(post, only)
    expect(report.diagnostics.map((d) => [d.ruleId, d.lang])).toEqual([
      ['links/misleading-label', 'en'],
      ['links/misleading-label', 'fr'],
    ])
    expect(report.diagnostics[0]?.message.en).toContain('https://example.com/pay')
    expect(report.diagnostics[0]?.message.fr).toContain('https://example.com/pay')
  })
  it('raises no false alarm on worded labels or labels that are their URL', () => {
    for (const pair of linkedPosts) expect(check(definePost(pair), only).diagnostics).toEqual([])
    const post = definePost({
      en: 'See [canada.ca](https://canada.ca/) and [www.canada.ca/en](https://www.canada.ca/en).',
      fr: 'Voir [https://canada.ca/fr](https://canada.ca/fr) et [Canada.ca](https://canada.ca).',
    })
    expect(check(post, only).diagnostics).toEqual([])
  })
})
