import { AppBskyFeedPost, jsonToLex, RichText } from '@atproto/api'
import { describe, expect, it } from 'vitest'
import { loadExamples } from '../examples/load.js'
import { blueskyFacets, blueskyMentionedHandles, blueskyPostSchema, type BlueskyPost, fillBlueskyBlobs, OverflowError, toPayloads } from '../src/export/index.js'
import { definePost } from '../src/post/define.js'
import { generateCorpus } from './support/corpus.js'

const now = '2026-06-01T13:00:00.000Z'
/** A blob as `com.atproto.repo.uploadBlob` returns it, in its JSON form. */
const uploadedBlob = { $type: 'blob', ref: { $link: 'bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy' }, mimeType: 'image/jpeg', size: 123_456 }
/** A made-up DID per handle: the oracle's facets carry the handle where ours carry a DID. */
const didOf = (handle: string) => `did:plc:${handle.replace(/[^a-z0-9]/gi, '').toLowerCase() || 'x'}`

let validated = 0
/** Fills blob placeholders as a sender would, then asks @atproto/api's own lexicon validation. */
function expectValidRecord(record: BlueskyPost): void {
  expect(blueskyPostSchema.safeParse(record).success).toBe(true)
  const ready = fillBlueskyBlobs(record, () => jsonToLex(uploadedBlob))
  const result = AppBskyFeedPost.validateRecord(ready)
  if (!result.success) throw new Error(`${result.error.message}\n${JSON.stringify(record)}`)
  validated++
}

type OracleFacet = { index: { byteStart: number; byteEnd: number }; features: Array<Record<string, unknown>> }

/** Facets as the Bluesky app would detect them, with mentions mapped to the DID our resolver gives. */
function oracleFacets(text: string, resolve: boolean): OracleFacet[] {
  const rt = new RichText({ text })
  rt.detectFacetsWithoutResolution()
  const facets = (rt.facets ?? []) as unknown as OracleFacet[]
  return facets
    .filter((facet) => resolve || facet.features[0]?.$type !== 'app.bsky.richtext.facet#mention')
    .map((facet) => ({
      index: facet.index,
      features: facet.features.map(({ $type, ...rest }) => ($type === 'app.bsky.richtext.facet#mention' ? { $type, did: didOf(String(rest.did)) } : { $type, ...rest })),
    }))
}

const corpus = generateCorpus(600, 7, 20, 900)
let compared = 0

describe('Bluesky facets against RichText.detectFacetsWithoutResolution', () => {
  it('matches the oracle byte for byte on the generated corpus (accents and emoji before links)', () => {
    for (const text of corpus) {
      for (const resolve of [false, true]) {
        const ours = blueskyFacets(text, [], resolve ? didOf : undefined)
        expect(ours, text).toEqual(oracleFacets(text, resolve))
        compared += ours.length
      }
    }
    expect(compared).toBeGreaterThan(1000)
  })

  it('matches the oracle on hand-picked traps', () => {
    const traps = [
      'Été 🇨🇦 👨‍👩‍👧‍👦 https://canada.ca/fr!',
      '« https://canada.ca/fr » et canada.ca/fr\u00a0!',
      '(voir https://www.canada.ca/fr/sante.html) #Santé, #2027 #🎉 ＃Québec',
      'Écrivez à @sante.canada.ca ou @SanteCanada ou @user@mastodon.social',
      'Coût : 22 $ ou $CAD. Lien: example.com/a_b?x=1&y=2#frag.',
      'e\u0301te\u0301 #e\u0301te\u0301 https://exemple.ca/été',
    ]
    for (const text of traps) expect(blueskyFacets(text, [], didOf), text).toEqual(oracleFacets(text, true))
  })

  it('lists the handles a sender should resolve', () => {
    expect(blueskyMentionedHandles('Merci @sante.canada.ca et @SanteCanada (@cbc.ca)')).toEqual(['sante.canada.ca', 'cbc.ca'])
  })

  it('leaves mentions as plain text without a resolver, and links them with one', () => {
    const post = definePost({ en: 'Thanks @health.canada.ca!', fr: 'Merci @sante.canada.ca!' })
    const plain = toPayloads(post, 'bluesky', { now })
    expect(plain.fr[0]?.body.facets).toBeUndefined()
    const linked = toPayloads(post, 'bluesky', { now, resolveHandle: (h) => (h === 'sante.canada.ca' ? 'did:plc:sante' : undefined) })
    expect(linked.fr[0]?.body.facets).toEqual([{ index: { byteStart: 6, byteEnd: 22 }, features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:sante' }] }])
    expect(linked.en[0]?.body.facets).toBeUndefined()
    expect(() => toPayloads(post, 'bluesky', { now, resolveHandle: () => 'not-a-did' })).toThrow(/not a DID/)
  })

  it('takes a Markdown link’s URL from the Markdown, after accents and emoji', () => {
    const post = definePost({
      en: 'See [the details](https://www.canada.ca/en/x.html).',
      fr: 'Été 🎉 : voyez [les détails](https://www.canada.ca/fr/é.html).',
    })
    const record = toPayloads(post, 'bluesky', { now }).fr[0]?.body as BlueskyPost
    // Bluesky is rich text: the label carries the link facet (Bluesky docs, "Links, mentions, and rich text").
    expect(record.text).toBe('Été 🎉 : voyez les détails.')
    const [facet] = record.facets ?? []
    const bytes = Buffer.from(record.text)
    expect(bytes.subarray(facet?.index.byteStart, facet?.index.byteEnd).toString()).toBe('les détails')
    expect(facet?.features).toEqual([{ $type: 'app.bsky.richtext.facet#link', uri: 'https://www.canada.ca/fr/é.html' }])
    expectValidRecord(record)
  })
})

describe('Bluesky records', () => {
  it('every record from the generated corpus passes the lexicon, with facets equal to the oracle', () => {
    let threads = 0
    for (let i = 0; i + 1 < corpus.length; i += 2) {
      const post = definePost({ en: corpus[i], fr: corpus[i + 1] })
      for (const accounts of ['separate', 'bilingual'] as const) {
        let out
        try {
          out = toPayloads(post, 'bluesky', { now, accounts, overflow: 'thread', order: i % 4 === 0 ? 'fr-first' : 'en-first' })
        } catch (error) {
          expect(error).toBeInstanceOf(OverflowError)
          continue
        }
        const lists = out.accounts === 'separate' ? [out.en, out.fr] : [out.bilingual]
        for (const list of lists) {
          if (list.length > 1) threads++
          list.forEach((item, index) => {
            expect(item.replyTo).toBe(index === 0 ? undefined : index - 1)
            expectValidRecord(item.body)
            expect(item.body.facets ?? []).toEqual(oracleFacets(item.body.text, false))
          })
        }
      }
    }
    expect(threads).toBeGreaterThan(100)
    expect(validated).toBeGreaterThan(1000)
  })

  it('sets createdAt from publishAt, else now; later parts 1 ms apart', () => {
    const long = Array.from({ length: 20 }, (_, i) => `Phrase ${i} du fil, assez longue pour déborder.`).join(' ')
    const post = definePost({ en: 'Short.', fr: long, publishAt: '2026-06-01T09:00:00-04:00' })
    const out = toPayloads(post, 'bluesky', { overflow: 'thread', now: '2000-01-01T00:00:00Z' })
    expect(out.fr.map((item) => item.body.createdAt).slice(0, 2)).toEqual(['2026-06-01T13:00:00.000Z', '2026-06-01T13:00:00.001Z'])
    const undated = definePost({ en: 'Short.', fr: 'Court.' })
    expect(toPayloads(undated, 'bluesky', { now: new Date(now) }).en[0]?.body.createdAt).toBe(now)
  })

  it('tags languages en-CA / fr-CA, both in order for a bilingual post', () => {
    const post = definePost({ en: 'Hello.', fr: 'Bonjour.' })
    const separate = toPayloads(post, 'bluesky', { now })
    expect(separate.en[0]?.body.langs).toEqual(['en-CA'])
    expect(separate.fr[0]?.body.langs).toEqual(['fr-CA'])
    const both = toPayloads(post, 'bluesky', { now, accounts: 'bilingual', order: 'fr-first' })
    expect(both.bilingual[0]?.body).toMatchObject({ text: 'Bonjour.\n\nHello.', langs: ['fr-CA', 'en-CA'] })
  })

  it('embeds images with alt text per language and a placeholder blob the sender fills', () => {
    for (const { post } of loadExamples().filter(({ post }) => post.media.length > 0)) {
      const out = toPayloads(post, 'bluesky', { now, overflow: 'thread' })
      const embed = out.fr[0]?.body.embed
      expect(embed).toEqual({
        $type: 'app.bsky.embed.images',
        images: post.media.map((m, mediaIndex) => ({ alt: m.alt.fr, image: { $type: 'bilingual-posts#blobPlaceholder', mediaIndex, url: m.url } })),
      })
      // Only the first post of a thread carries the images.
      for (const item of out.fr.slice(1)) expect(item.body.embed).toBeUndefined()
      for (const item of [...out.en, ...out.fr]) expectValidRecord(item.body)
      // An unfilled placeholder is not a blob: the lexicon rejects it, so a sender cannot forget it.
      expect(AppBskyFeedPost.validateRecord(out.fr[0]?.body).success).toBe(false)
    }
  })
})
