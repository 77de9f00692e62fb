import { createServer, Agent as HttpAgent, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AtpAgent, jsonToLex, lexicons, lexToJson } from '@atproto/api'
import { youtube } from '@googleapis/youtube'
import generator from 'megalodon'
import { TwitterApi } from 'twitter-api-v2'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadExamples } from '../examples/load.js'
import { updateRequest } from '../examples/youtube-merge.js'
import {
  type BlueskyBlobPlaceholder,
  type BlueskyPost,
  definePost,
  fillBlueskyBlobs,
  mastodonStatusSchema,
  type PayloadOptions,
  type ThreadItem,
  toPayloads,
  type XMediaIds,
  type XPost,
  xPostSchema,
  youtubeVideoSchema,
} from '../src/index.js'

// Each bundled example's payloads go through the real client libraries to a loopback recorder, which answers
// as the platform would, minimally. Media uploads are not sent: where an item has media, the sender's step is
// played with invented ids (X, Mastodon) or blob refs (Bluesky), as the README's send loop does with real ones.

interface Recorded {
  readonly method: string
  readonly path: string
  readonly body: unknown
}

const recorded: Recorded[] = []
let server: Server
let base: string
let counter = 0

/** A CID of the right shape (the dag-cbor one of the atproto docs), for answers and invented blobs. */
const cid = 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm'
const did = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz'

/** What each platform answers, just enough for its client to accept it. */
function answer(path: string, body: Record<string, unknown>): unknown {
  const id = String(1880028106020515840n + BigInt(++counter))
  if (path === '/2/tweets') return { data: { id, text: body.text, edit_history_tweet_ids: [id] } }
  if (path === '/xrpc/com.atproto.repo.createRecord') return { uri: `at://${did}/app.bsky.feed.post/3l${counter}abcdefghij`, cid }
  if (path === '/api/v1/statuses')
    return { id, content: `<p>${String(body.status)}</p>`, visibility: body.visibility, language: body.language, media_attachments: [], mentions: [], emojis: [], tags: [] }
  if (path.startsWith('/youtube/v3/videos')) return { kind: 'youtube#video', id: body.id ?? 'dQw4w9WgXcQ', ...body }
  return undefined
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

beforeAll(async () => {
  server = createServer((request, response) => {
    // node:http ignores a handler's promise: a body that cannot be read or parsed answers 500, so the client under test fails.
    readBody(request)
      .then((text) => {
        const body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>)
        const path = (request.url ?? '').split('?')[0] ?? ''
        recorded.push({ method: request.method ?? '', path, body })
        const reply = answer(path, body)
        response.writeHead(reply === undefined ? 404 : 200, { 'content-type': 'application/json; charset=utf-8', connection: 'close' })
        response.end(JSON.stringify(reply ?? { error: 'NotFound', message: path }))
      })
      .catch((error: unknown) => response.writeHead(500).end(String(error)))
  })
  // Bounded: no request waits longer than 5 s, and the recorder closes itself after 30 s whatever happens.
  server.requestTimeout = 5_000
  server.headersTimeout = 5_000
  setTimeout(() => server.close(), 30_000).unref()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

/** What examples/run.ts passes, with a CMS-style base URL for the relative media paths. */
const options = { mediaBaseUrl: 'https://cdn.example.ca/', linkedin: { author: 'urn:li:organization:1' }, youtube: { categoryId: '27' }, overflow: 'thread' } satisfies PayloadOptions

const examples = loadExamples()

function itemsOf<Body>(set: { en: ThreadItem<Body>[]; fr: ThreadItem<Body>[] }) {
  return [set.en, set.fr]
}

/** The recorded requests since `from`, for one path. */
function sentTo(path: string, from: number) {
  return recorded.slice(from).filter((r) => r.path === path)
}

describe('payloads through the real clients to a loopback recorder', () => {
  it('X: twitter-api-v2 client.v2.tweet sends each body as it is', async () => {
    // twitter-api-v2 calls https.request; an http.Agent lets it speak plain HTTP to the recorder.
    const client = new TwitterApi('test-bearer-token', { httpAgent: new HttpAgent() })
    // `setPrefix` is how the library points its v2 client at another host (client.base.ts); it is protected.
    ;(client.v2 as unknown as { setPrefix(prefix: string): void }).setPrefix(`${base}/2/`)
    const from = recorded.length
    const sent: XPost[] = []
    let withMedia = 0
    for (const { post } of examples.filter((e) => e.post.platforms.includes('x'))) {
      for (const thread of itemsOf(toPayloads(post, 'x', options))) {
        const ids: string[] = []
        for (const item of thread) {
          const media = item.media?.map((m) => `99${m.mediaIndex}`) as XMediaIds | undefined
          if (media !== undefined) withMedia++
          const replyTo = item.replyTo === undefined ? undefined : ids[item.replyTo]
          const body: XPost = { ...item.body, ...(media === undefined ? {} : { media: { media_ids: media } }), ...(replyTo === undefined ? {} : { reply: { in_reply_to_tweet_id: replyTo } }) }
          const { data } = await client.v2.tweet(body)
          ids.push(data.id)
          sent.push(body)
        }
      }
    }
    const got = sentTo('/2/tweets', from)
    expect(got.map((r) => r.method)).toEqual(sent.map(() => 'POST'))
    expect(got.map((r) => r.body)).toEqual(sent)
    // X's OpenAPI TweetCreateRequest is not published in an npm package: our schema stands for it.
    for (const r of got) expect(xPostSchema.safeParse(r.body).success).toBe(true)
    // 6 examples × 2 languages, long ones as threads: replies carry the parent's id from the answer.
    expect([sent.length, withMedia, sent.filter((b) => b.reply !== undefined).length]).toEqual([16, 6, 4])
  })

  it('Bluesky: @atproto/api createRecord sends each record as it is, and it is valid by the app.bsky.feed.post lexicon', async () => {
    const agent = new AtpAgent({ service: base })
    const from = recorded.length
    const sent: unknown[] = []
    const blob = (p: BlueskyBlobPlaceholder, mimeType: string) => jsonToLex({ $type: 'blob', ref: { $link: cid }, mimeType, size: 1000 + p.mediaIndex })
    for (const { post } of examples.filter((e) => e.post.platforms.includes('bluesky'))) {
      for (const thread of itemsOf(toPayloads(post, 'bluesky', options))) {
        const refs: Array<{ uri: string; cid: string }> = []
        for (const item of thread) {
          const mimeType = item.body.embed?.$type === 'app.bsky.embed.video' ? 'video/mp4' : 'image/jpeg'
          const filled: Omit<BlueskyPost, 'embed'> = fillBlueskyBlobs(item.body, (p) => blob(p, mimeType))
          const root = refs[0]
          const parent = item.replyTo === undefined ? undefined : refs[item.replyTo]
          const record = { ...filled, ...(root === undefined || parent === undefined ? {} : { reply: { root, parent } }) }
          const { data } = await agent.com.atproto.repo.createRecord({ repo: did, collection: 'app.bsky.feed.post', record })
          refs.push({ uri: data.uri, cid: data.cid })
          sent.push(lexToJson(record))
        }
      }
    }
    const got = sentTo('/xrpc/com.atproto.repo.createRecord', from)
    expect(got.map((r) => r.body)).toEqual(sent.map((record) => ({ repo: did, collection: 'app.bsky.feed.post', record })))
    for (const r of got) {
      const { record } = r.body as { record: unknown }
      expect(() => lexicons.assertValidRecord('app.bsky.feed.post', jsonToLex(record))).not.toThrow()
    }
    // The lexicon check has teeth: a record still holding our blob placeholder is refused.
    const unfilled = examples.flatMap(({ post }) => (post.platforms.includes('bluesky') ? toPayloads(post, 'bluesky', options).en : [])).find((i) => i.body.embed !== undefined)
    expect(() => lexicons.assertValidRecord('app.bsky.feed.post', unfilled?.body)).toThrow(/blob/)
    expect([sent.length, sent.filter((b) => (b as BlueskyPost).reply !== undefined).length, sent.filter((b) => (b as BlueskyPost).embed !== undefined).length]).toEqual([16, 4, 6])
  })

  it('Mastodon: megalodon postStatus sends the status with each of our fields, under its parameter names', async () => {
    const client = generator('mastodon', base, 'test-access-token')
    const from = recorded.length
    const sent: unknown[] = []
    for (const { post } of examples.filter((e) => e.post.platforms.includes('mastodon'))) {
      for (const thread of itemsOf(toPayloads(post, 'mastodon', options))) {
        const ids: string[] = []
        for (const item of thread) {
          const media_ids = item.media?.map((m) => `1100${m.mediaIndex}`)
          const in_reply_to_id = item.replyTo === undefined ? undefined : ids[item.replyTo]
          const { status, ...rest } = item.body
          const body = { status, ...rest, ...(media_ids === undefined ? {} : { media_ids }), ...(in_reply_to_id === undefined ? {} : { in_reply_to_id }) }
          const { data } = await client.postStatus(status, { ...rest, ...(media_ids === undefined ? {} : { media_ids }), ...(in_reply_to_id === undefined ? {} : { in_reply_to_id }) })
          ids.push(data.id)
          sent.push(body)
        }
      }
    }
    const got = sentTo('/api/v1/statuses', from)
    // megalodon copies only the parameters it knows (mastodon.ts postStatus): equality means each of our field names is one of them.
    expect(got.map((r) => r.body)).toEqual(sent)
    for (const r of got) expect(mastodonStatusSchema.safeParse(r.body).success).toBe(true)
    const fields = (key: string) => sent.filter((b) => Object.hasOwn(b as object, key)).length
    expect([sent.length, fields('in_reply_to_id'), fields('media_ids'), fields('language'), fields('visibility')]).toEqual([10, 0, 4, 10, 10])
  })

  it('Mastodon: a scheduled status keeps scheduled_at through megalodon, which drops it when 300 s ahead or less', async () => {
    const client = generator('mastodon', base, 'test-access-token')
    // megalodon compares scheduled_at with the real clock (dayjs()), so the times here are relative to it.
    const inOneDay = new Date(Date.now() + 86_400_000)
    inOneDay.setUTCSeconds(0, 0)
    const reminder = definePost({
      en: 'Reminder: the deadline to file your 2026 income tax and benefit return is April 30, 2027. File online with NETFILE.',
      fr: 'Rappel : la date limite pour produire votre déclaration de revenus et de prestations de 2026 est le 30\u00a0avril 2027. Produisez-la en ligne avec IMPÔTNET.',
      platforms: ['mastodon'],
      publishAt: inOneDay.toISOString(),
    })
    const from = recorded.length
    const [item] = toPayloads(reminder, 'mastodon', options).fr
    if (item === undefined) throw new Error('no item')
    const { status, ...rest } = item.body
    await client.postStatus(status, rest)
    // At toPayloads' own minimum (5 min), by the time it is sent it is under megalodon's 300 s: it goes out now, unscheduled.
    const [soon] = toPayloads(definePost({ ...reminder, publishAt: new Date(Date.now() + 301_000).toISOString() }), 'mastodon', { ...options, now: new Date() }).fr
    if (soon === undefined) throw new Error('no item')
    const { status: soonText, ...soonRest } = soon.body
    // Two seconds later (only Date is faked, so the HTTP stack runs as usual): 299 s ahead.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2_000 })
    try {
      await client.postStatus(soonText, soonRest)
    } finally {
      vi.useRealTimers()
    }
    const got = sentTo('/api/v1/statuses', from)
    expect(got[0]?.body).toEqual(item.body)
    expect(got[0]?.body).toMatchObject({ language: 'fr', scheduled_at: inOneDay.toISOString() })
    expect(soon.body.scheduled_at).toBeDefined()
    expect(got[1]?.body).not.toHaveProperty('scheduled_at')
  })

  it('YouTube: @googleapis/youtube videos.update sends the video as it is (no bundled example is a video: two written here)', async () => {
    const client = youtube({ version: 'v3', rootUrl: `${base}/` })
    const census = definePost({
      en: 'Watch the 2026 Census results briefing from Statistics Canada, with the chief statistician.',
      fr: 'Regardez la séance d’information sur les résultats du Recensement de 2026 de Statistique Canada, avec le statisticien en chef.',
      title: { en: '2026 Census results', fr: 'Résultats du Recensement de 2026' },
      platforms: ['youtube'],
    })
    const bodies = [
      { id: 'cEnSuS2026aa', ...toPayloads(census, 'youtube', { ...options, accounts: 'bilingual' as const }).bilingual[0]?.body },
      // The README's videos.update example, scheduled and merged with the video's current snippet and status.
      updateRequest('2027-02-20T15:00:00Z'),
    ]
    const from = recorded.length
    for (const requestBody of bodies) await client.videos.update({ part: ['snippet', 'localizations', 'status'], requestBody })
    const got = sentTo('/youtube/v3/videos', from)
    expect(got.map((r) => r.method)).toEqual(['PUT', 'PUT'])
    expect(got.map((r) => r.body)).toEqual(bodies)
    const { id: _id, ...ours } = got[0]?.body as Record<string, unknown>
    expect(youtubeVideoSchema.safeParse(ours).success).toBe(true)
    expect(ours).toMatchObject({ snippet: { defaultLanguage: 'en', categoryId: '27' }, localizations: { fr: { title: 'Résultats du Recensement de 2026' } } })
  })
})
