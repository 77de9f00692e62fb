// Results are plain data (issue 16): every report, diagnostic, measurement, payload and screening result is a
// frozen object of values, with no getter or setter anywhere inside, so a host can keep, compare, serialise or
// send it as it is. Walked over the departmental corpus, on every platform, with and without thread-part counts.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type BilingualPost, check, checkAll, checkProfile, defineProfile, definePost, measure, OverflowError, PayloadError, platformIds, screenComment, toPayloads } from '../src/index.js'
import { unmark } from './support/notation.js'

interface CorpusPost {
  readonly id: string
  readonly en: string
  readonly fr: string
  readonly platforms?: readonly string[]
  readonly media?: readonly { readonly url: string; readonly type: string; readonly alt: { readonly en: string; readonly fr: string } }[]
}
interface Corpus {
  readonly pairs: Record<string, string>
  readonly correct: readonly CorpusPost[]
  readonly defects: readonly CorpusPost[]
}

const corpus = JSON.parse(readFileSync(new URL('./fixtures/departmental-corpus.json', import.meta.url), 'utf8')) as Corpus
const posts: BilingualPost[] = [...corpus.correct, ...corpus.defects].map((entry) =>
  definePost({
    id: entry.id,
    en: unmark(entry.en),
    fr: unmark(entry.fr),
    ...(entry.platforms === undefined ? {} : { platforms: entry.platforms }),
    ...(entry.media === undefined ? {} : { media: entry.media.map((m) => ({ ...m, alt: { en: unmark(m.alt.en), fr: unmark(m.alt.fr) } })) }),
  }),
)

/** The first posts written out at length (a notice and its details twice over), past X's and Bluesky's limits. */
const longPosts = posts.slice(0, 30).map((post) => definePost({ id: `${post.id}-long`, en: `${post.en}\n\n${post.en}`, fr: `${post.fr}\n\n${post.fr}\n\n${post.fr}` }))

/** Every place in `value` that is not plain frozen data: an object not frozen, or a property with a getter or setter. */
function impurities(value: unknown, path: string, found: string[], seen = new Set<object>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return found
  seen.add(value)
  if (!Object.isFrozen(value)) found.push(`${path} is not frozen`)
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (descriptor.get !== undefined || descriptor.set !== undefined) found.push(`${path}.${key} is an accessor`)
    else impurities(descriptor.value, `${path}.${key}`, found, seen)
  }
  return found
}

const now = '2026-06-01T13:00:00.000Z'
const payloadOptions = { now, linkedin: { author: 'urn:li:organization:12345' }, youtube: { categoryId: '27' } }

describe('results are plain frozen data, on the departmental corpus', () => {
  it('holds enough posts to mean something', () => {
    expect(posts.length).toBeGreaterThanOrEqual(150)
  })

  it('check reports, with and without thread-part counts: frozen all the way down, no accessor', () => {
    const found: string[] = []
    let diagnostics = 0
    let counted = 0
    for (const post of [...posts, ...longPosts]) {
      for (const threadParts of [false, true]) {
        const report = check(post, { platforms: [...platformIds], pairs: corpus.pairs, threadParts })
        impurities(report, `check(${post.id}, threadParts: ${threadParts})`, found)
        diagnostics += report.diagnostics.length
        counted += report.diagnostics.filter((d) => typeof d.data.parts === 'number').length
      }
    }
    expect(found).toEqual([])
    expect(diagnostics).toBeGreaterThan(300)
    // Thread-part counts are there when asked for, and the reports still pass the walk.
    expect(counted).toBeGreaterThan(40)
  })

  it('measurements of each text on each platform', () => {
    const found: string[] = []
    for (const post of posts) for (const platform of platformIds) for (const lang of ['en', 'fr'] as const) impurities(measure(post[lang], platform), `measure(${post.id}.${lang}, ${platform})`, found)
    expect(found).toEqual([])
  })

  it('payload sets in both account modes, and the diagnostics and measurements of the errors thrown instead', () => {
    const found: string[] = []
    const outcomes = { payloads: 0, overflow: 0, payloadError: 0 }
    for (const post of [...posts, ...longPosts]) {
      for (const platform of post.platforms) {
        for (const accounts of ['separate', 'bilingual'] as const) {
          for (const overflow of ['error', 'thread'] as const) {
            const where = `toPayloads(${post.id}, ${platform}, ${accounts}, ${overflow})`
            try {
              impurities(toPayloads(post, platform, { ...payloadOptions, accounts, overflow }), where, found)
              outcomes.payloads++
            } catch (error) {
              if (error instanceof OverflowError) {
                impurities(error.diagnostics, `${where} OverflowError.diagnostics`, found)
                impurities(error.measurements, `${where} OverflowError.measurements`, found)
                outcomes.overflow++
              } else if (error instanceof PayloadError) outcomes.payloadError++
              else throw error
            }
          }
        }
      }
    }
    expect(found).toEqual([])
    expect(outcomes.payloads).toBeGreaterThan(500)
    expect(outcomes.overflow).toBeGreaterThan(0)
  })

  it('comment screenings, batch results and profile reports', async () => {
    const found: string[] = []
    for (const post of posts) {
      for (const lang of ['en', 'fr'] as const) impurities(screenComment(post[lang]), `screenComment(${post.id}.${lang})`, found)
    }
    impurities(screenComment('Appelez-moi au 613-555-0199, votez pour le Parti vert! https://a.ca https://b.ca https://c.ca'), 'screenComment(flagged)', found)
    for await (const result of checkAll(posts.slice(0, 20), { pairs: corpus.pairs })) impurities(result, `checkAll #${result.index}`, found)
    const profile = defineProfile({
      displayName: { en: 'Health Canada', fr: 'Santé Canada' },
      bio: { en: 'Official account of Health Canada.', fr: 'Compte officiel de Santé Canada.' },
      handles: { en: '@HealthCanada', fr: '@SanteCanada' },
      platforms: ['x', 'bluesky'],
    })
    impurities(checkProfile(profile), 'checkProfile', found)
    expect(found).toEqual([])
  })
})
