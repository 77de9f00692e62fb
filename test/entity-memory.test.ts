// The hashtag and mention scans remember recent texts (src/text/social-entities.ts): enough of them that a check never
// scans a text twice, a post's own texts included, however many pieces its rules and over-limit searches scan in between.
import { describe, expect, it, vi } from 'vitest'
import { benchCorpus } from '../bench/corpus.js'
import { check, definePost, platformIds, render } from '../src/index.js'

/** Texts each scan itself reads (its memory's misses), while `on` is set. */
const scans = vi.hoisted(() => ({ on: false, hashtags: [] as string[], mentions: [] as string[] }))

vi.mock('../src/text/remember.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/text/remember.js')>()
  return {
    ...original,
    rememberRecent: <T extends object>(compute: (text: string) => T[], size?: number) => {
      // The memories' functions are anonymous: tell them apart by what they find (the link scan finds neither).
      const [found] = compute('#tag @user') as { text?: string }[]
      const kind = found?.text === 'tag' ? 'hashtags' : found?.text === 'user' ? 'mentions' : undefined
      return original.rememberRecent((text: string) => {
        if (scans.on && kind !== undefined) scans[kind].push(text)
        return compute(text)
      }, size)
    },
  }
})

describe('hashtag and mention memories during a check', () => {
  it.each([
    ['plain', (p: { en: string; fr: string }) => p],
    ['Markdown', (p: { en: string; fr: string }) => ({ en: `**Note**: ${p.en}`, fr: `**Avis**\u00a0: ${p.fr}` })],
  ])('scan no text twice in one check on eight platforms, over the bench corpus (%s)', (_, shape) => {
    const options = { platforms: [...platformIds] }
    const again: string[] = []
    const total = { hashtags: 0, mentions: 0 }
    for (const [index, input] of benchCorpus(2000).entries()) {
      const post = definePost(shape(input))
      scans.hashtags = []
      scans.mentions = []
      scans.on = true
      check(post, options)
      scans.on = false
      for (const kind of ['hashtags', 'mentions'] as const) {
        const seen = new Set<string>()
        for (const text of scans[kind]) {
          if (seen.has(text)) again.push(`post ${index}, ${kind}: ${text === render(post.fr, 'x') ? 'its French text' : text === render(post.en, 'x') ? 'its English text' : `a piece of ${text.length} units`}`)
          seen.add(text)
        }
        total[kind] += scans[kind].length
      }
    }
    expect(again).toEqual([])
    // The hook saw both scans (a memory it could not tell apart would make the test vacuous).
    expect(total.hashtags).toBeGreaterThan(2000)
    expect(total.mentions).toBeGreaterThan(2000)
  })
})
