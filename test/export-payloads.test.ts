import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { loadExamples } from '../examples/load.js'
import { escapeLinkedInText, jsonSchemas, OverflowError, PayloadError, PayloadOptionsError, payloadBodySchemas, payloadSetSchemas, toPayloads } from '../src/export/index.js'
import { definePost } from '../src/post/define.js'
import { postInputSchema } from '../src/post/schema.js'
import { platformIds, type PlatformId } from '../src/platforms/types.js'
import { render } from '../src/platforms/render.js'
import { generateCorpus } from './support/corpus.js'

const now = '2026-06-01T13:00:00.000Z'
const linkedin = { author: 'urn:li:organization:12345' }

const schemas = jsonSchemas()
const ajv = new Ajv2020({ allErrors: true, strict: true })
ajv.addFormat('date-time', { validate: (value: string) => !Number.isNaN(Date.parse(value)) })
for (const schema of Object.values(schemas)) ajv.addSchema(schema)
const validatorOf = (file: string) => {
  const schema = schemas[file]
  if (schema === undefined) throw new Error(`no schema ${file}`)
  const validate = ajv.getSchema(schema.$id as string)
  if (validate === undefined) throw new Error(`schema ${file} did not compile`)
  return validate
}

let parsedPayloads = 0
/** A payload set parses with its zod schema and with the generated JSON Schema; so does each body. */
function expectValidPayloads(platform: PlatformId, out: unknown): void {
  const zodResult = payloadSetSchemas[platform].safeParse(out)
  if (!zodResult.success) throw new Error(`${platform}: ${zodResult.error.message}`)
  const validate = validatorOf(`${platform}.payloads.json`)
  if (!validate(out)) throw new Error(`${platform}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(out)}`)
  const set = out as { en?: Array<{ body: unknown }>; fr?: Array<{ body: unknown }>; bilingual?: Array<{ body: unknown }> }
  const validateBody = validatorOf(`${platform}.post.json`)
  for (const item of [...(set.en ?? []), ...(set.fr ?? []), ...(set.bilingual ?? [])]) {
    expect(payloadBodySchemas[platform].safeParse(item.body).success).toBe(true)
    expect(validateBody(item.body)).toBe(true)
  }
  parsedPayloads++
}

describe('JSON Schema', () => {
  it('publishes the input schema and, per platform, the body and the payload set', () => {
    expect(Object.keys(schemas).sort()).toEqual(['post-input.json', ...platformIds.flatMap((p) => [`${p}.post.json`, `${p}.payloads.json`])].sort())
    for (const schema of Object.values(schemas)) expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('the input JSON Schema accepts every bundled example and rejects what zod rejects', () => {
    const validate = validatorOf('post-input.json')
    for (const { post } of loadExamples()) expect(validate(JSON.parse(JSON.stringify(post)))).toBe(true)
    const bad = [{ en: 'x' }, { en: 'x', fr: 'y', platforms: ['myspace'] }, { en: 'x', fr: 'y', extra: 1 }, { en: 'x', fr: 'y', media: [{ alt: { en: 'a' } }] }]
    for (const input of bad) {
      expect(postInputSchema.safeParse(input).success).toBe(false)
      expect(validate(input)).toBe(false)
    }
  })

  it('the payload JSON Schemas reject a malformed payload', () => {
    expect(validatorOf('x.payloads.json')({ platform: 'x', accounts: 'separate', en: [], fr: [{ body: { text: 'a' } }] })).toBe(false)
    expect(validatorOf('bluesky.post.json')({ $type: 'app.bsky.feed.post', text: 'a' })).toBe(false)
    expect(validatorOf('mastodon.post.json')({ status: 'a', language: 'de', visibility: 'public' })).toBe(false)
  })
})

describe('every platform, every mode, on the bundled and generated posts', () => {
  const titled = (input: Record<string, unknown>) => definePost({ ...input, title: { en: 'Open house', fr: 'Portes ouvertes' } })
  const posts = [
    ...loadExamples().map(({ post }) => titled({ ...post, media: post.media.map((m) => ({ ...m, url: `https://cdn.example.ca/${m.url}` })) })),
    ...(() => {
      const corpus = generateCorpus(80, 3, 40, 1200)
      return corpus.slice(0, 40).map((en, i) => titled({ en, fr: corpus[40 + i] }))
    })(),
  ]

  it('gives payloads that parse with their zod schema and their JSON Schema, or a typed error', () => {
    const outcomes: Record<string, number> = {}
    for (const post of posts) {
      for (const platform of platformIds) {
        for (const accounts of ['separate', 'bilingual'] as const) {
          for (const overflow of ['error', 'thread'] as const) {
            let out
            try {
              out = toPayloads(post, platform, { now, accounts, overflow, linkedin, order: 'fr-first', youtube: { categoryId: '27' } })
            } catch (error) {
              const kind = error instanceof OverflowError ? 'overflow' : error instanceof PayloadError ? 'payload' : 'unexpected'
              outcomes[kind] = (outcomes[kind] ?? 0) + 1
              if (kind === 'unexpected') throw error
              continue
            }
            expectValidPayloads(platform, out)
          }
        }
      }
    }
    expect(parsedPayloads).toBeGreaterThan(500)
    expect(outcomes.unexpected).toBeUndefined()
    expect(outcomes.overflow).toBeGreaterThan(0)
  })
})

describe('account modes', () => {
  const post = definePost({ en: 'Flu clinics open Monday.', fr: 'Les cliniques ouvrent lundi.' })

  it('separate: one thread per language', () => {
    expect(toPayloads(post, 'mastodon')).toEqual({
      platform: 'mastodon',
      accounts: 'separate',
      en: [{ body: { status: 'Flu clinics open Monday.', language: 'en', visibility: 'public' } }],
      fr: [{ body: { status: 'Les cliniques ouvrent lundi.', language: 'fr', visibility: 'public' } }],
    })
  })

  it('bilingual: both languages in one post, blank line between, in the order asked', () => {
    expect(toPayloads(post, 'x', { accounts: 'bilingual' }).bilingual).toEqual([{ body: { text: 'Flu clinics open Monday.\n\nLes cliniques ouvrent lundi.' } }])
    const frFirst = toPayloads(post, 'mastodon', { accounts: 'bilingual', order: 'fr-first', separator: '\n—\n', mastodon: { visibility: 'unlisted' } })
    expect(frFirst.bilingual[0]?.body).toEqual({ status: 'Les cliniques ouvrent lundi.\n—\nFlu clinics open Monday.', language: 'fr', visibility: 'unlisted' })
  })

  it('bilingual: the combined text must fit, else the overflow policy applies', () => {
    const half = 'Une phrase de taille moyenne pour remplir une bonne part du message. '.repeat(3).trim()
    const both = definePost({ en: half, fr: half })
    expect(render(both.en, 'x').length).toBeLessThan(280)
    const error = (() => {
      try {
        toPayloads(both, 'x', { accounts: 'bilingual' })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(OverflowError)
    expect((error as OverflowError).langs).toEqual(['en', 'fr'])
    expect((error as OverflowError).message).toMatch(/bilingual text.*X's limit/)
    const threaded = toPayloads(both, 'x', { accounts: 'bilingual', overflow: 'thread' }).bilingual
    expect(threaded.map((item) => item.body.text)).toEqual([`${half} 1/2`, `${half} 2/2`])
  })

  it('rejects unknown option values with a typed error', () => {
    // @ts-expect-error testing a plain-JavaScript caller
    expect(() => toPayloads(post, 'x', { accounts: 'both' })).toThrow(PayloadOptionsError)
    // @ts-expect-error testing a plain-JavaScript caller
    expect(() => toPayloads(post, 'x', { overflow: 'truncate' })).toThrow(PayloadOptionsError)
    expect(() => toPayloads(post, 'bluesky', { now: 'yesterday' })).toThrow(PayloadOptionsError)
    // @ts-expect-error unknown platform
    expect(() => toPayloads(post, 'myspace')).toThrow(/Unknown platform/)
  })
})

describe('overflow on platforms without threads', () => {
  it('throws OverflowError even with overflow "thread", and never truncates', () => {
    const long = 'Mot '.repeat(700).trim()
    const post = definePost({ en: 'Short.', fr: long, title: { en: 'T', fr: 'T' } })
    for (const platform of ['linkedin', 'instagram'] as const) {
      expect(() => toPayloads(post, platform, { overflow: 'thread', linkedin, limits: { [platform]: { text: 1000 } } })).toThrow(/cannot be threaded/)
    }
  })

  it('wraps a ThreadSplitError (one word longer than a post) in an OverflowError', () => {
    const post = definePost({ en: 'Short.', fr: `Voir ${'x'.repeat(300)}` })
    expect(() => toPayloads(post, 'x', { overflow: 'thread' })).toThrow(OverflowError)
  })
})

describe('platform payloads', () => {
  const [event] = loadExamples().filter(({ file }) => file === 'event.json')
  const eventPost = event?.post
  if (eventPost === undefined) throw new Error('event.json missing')

  it('Mastodon: language, visibility, replies and media descriptions', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Phrase ${i} d’un fil Mastodon qui déborde de la limite habituelle.`).join(' ')
    const out = toPayloads(definePost({ en: 'Short.', fr: long, media: eventPost.media }), 'mastodon', { overflow: 'thread' })
    expect(out.fr.length).toBe(2)
    expect(out.fr[1]).toMatchObject({ replyTo: 0, body: { language: 'fr', visibility: 'public' } })
    expect(out.fr[0]?.media?.[0]?.alt).toBe(eventPost.media[0]?.alt.fr)
  })

  it('Threads: TEXT posts, IMAGE with alt text when the post has one image', () => {
    const text = toPayloads(definePost({ en: 'Hello.', fr: 'Bonjour.' }), 'threads')
    expect(text.fr[0]?.body).toEqual({ media_type: 'TEXT', text: 'Bonjour.' })
    const withImage = definePost({ ...eventPost, media: [{ url: 'https://cdn.example.ca/poster.jpg', alt: { en: 'Poster', fr: 'Affiche' } }] })
    expect(toPayloads(withImage, 'threads').fr[0]?.body).toMatchObject({ media_type: 'IMAGE', image_url: 'https://cdn.example.ca/poster.jpg', alt_text: 'Affiche' })
  })

  it('LinkedIn: author, escaped commentary, distribution, lifecycle', () => {
    const post = definePost({ en: 'Apply (students) *now* — see [the page](https://canada.ca/a_b) #FSWEP @CanadaJobs', fr: 'Postulez {vite} <ici> ~ \\ | #PFETE' })
    const out = toPayloads(post, 'linkedin', { linkedin })
    expect(out.en[0]?.body).toEqual({
      author: 'urn:li:organization:12345',
      commentary: 'Apply \\(students\\) now — see the page https://canada.ca/a_b #FSWEP \\@CanadaJobs',
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    })
    expect(() => toPayloads(post, 'linkedin')).toThrow(PayloadError)
  })

  it('escapeLinkedInText escapes the whole reserved set, keeping hashtags', () => {
    expect(escapeLinkedInText('\\ | { } @ [ ] ( ) < > # * _ ~')).toBe('\\\\ \\| \\{ \\} \\@ \\[ \\] \\( \\) \\< \\> \\# \\* \\_ \\~')
    expect(escapeLinkedInText('#Canada et #Québec, pas C# ni #')).toBe('#Canada et #Québec, pas C\\# ni \\#')
  })

  it('Facebook: message and the first link', () => {
    const out = toPayloads(eventPost, 'facebook')
    expect(out.fr[0]?.body).toEqual({ message: render(eventPost.fr, 'facebook'), link: 'https://www.museedelhistoire.ca/fr/portes-ouvertes' })
    const md = definePost({ en: 'See [the page](https://canada.ca/en) or canada.ca/fr', fr: 'Voir canada.ca/fr' })
    expect(toPayloads(md, 'facebook').en[0]?.body.link).toBe('https://canada.ca/en')
    expect(toPayloads(md, 'facebook').fr[0]?.body.link).toBe('https://canada.ca/fr')
  })

  it('Instagram: caption container with the image and its alt text; an image is required', () => {
    const post = definePost({ ...eventPost, media: [{ url: 'https://cdn.example.ca/poster.jpg', alt: { en: 'Poster', fr: 'Affiche' } }] })
    expect(toPayloads(post, 'instagram', { accounts: 'bilingual' }).bilingual[0]?.body).toEqual({
      image_url: 'https://cdn.example.ca/poster.jpg',
      caption: `${render(post.en, 'instagram')}\n\n${render(post.fr, 'instagram')}`,
      alt_text: 'Poster\n\nAffiche',
    })
    expect(() => toPayloads(definePost({ en: 'a', fr: 'b' }), 'instagram')).toThrow(PayloadError)
  })

  it('YouTube: snippet in one language, the other in localizations; separate gives one per language', () => {
    const post = definePost({ en: 'Watch the open house.', fr: 'Regardez les portes ouvertes.', title: { en: 'Open house', fr: 'Portes ouvertes' } })
    expect(toPayloads(post, 'youtube', { accounts: 'bilingual', order: 'fr-first', youtube: { categoryId: '25' } }).bilingual).toEqual([
      {
        body: {
          snippet: { title: 'Portes ouvertes', description: 'Regardez les portes ouvertes.', defaultLanguage: 'fr', categoryId: '25' },
          localizations: { en: { title: 'Open house', description: 'Watch the open house.' } },
        },
      },
    ])
    expect(toPayloads(post, 'youtube', { youtube: { categoryId: '27' } }).en[0]?.body).toEqual({
      snippet: { title: 'Open house', description: 'Watch the open house.', defaultLanguage: 'en', categoryId: '27' },
    })
    expect(() => toPayloads(post, 'youtube')).toThrow(/snippet\.categoryId/)
    expect(() => toPayloads(definePost({ en: 'a', fr: 'b' }), 'youtube')).toThrow(PayloadError)
    const tooLong = definePost({ en: 'a', fr: 'b', title: { en: 'T'.repeat(101), fr: 'T' } })
    expect(() => toPayloads(tooLong, 'youtube')).toThrow(OverflowError)
  })
})
