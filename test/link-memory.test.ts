// The link scan remembers recent texts (src/text/urls.ts): enough of them that a check never scans a post's
// own texts twice, however many pieces its over-limit and thread searches scan in between.
import { describe, expect, it, vi } from 'vitest'
import { benchCorpus } from '../bench/corpus.js'
import { check, definePost, platformIds, render } from '../src/index.js'

/** Texts the link scan itself reads (its memory's misses), while `texts` is set. */
const linkScans = vi.hoisted(() => ({ texts: undefined as string[] | undefined }))

vi.mock('../src/text/remember.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/text/remember.js')>()
  return {
    ...original,
    // The link scan is the function named scanUrls; hashtags and mentions have memories of their own.
    rememberRecent: <T extends object>(compute: (text: string) => T[], size?: number) =>
      original.rememberRecent((text: string) => {
        if (compute.name === 'scanUrls') linkScans.texts?.push(text)
        return compute(text)
      }, size),
  }
})

describe('link-scan memory during a check', () => {
  it.each([
    ['plain', (p: { en: string; fr: string }) => p],
    ['Markdown', (p: { en: string; fr: string }) => ({ en: `**Note**: ${p.en}`, fr: `**Avis**\u00a0: ${p.fr}` })],
  ])('scans no text twice in one check on eight platforms, over the bench corpus (%s)', (_, shape) => {
    const options = { platforms: [...platformIds] }
    const again: string[] = []
    let scans = 0
    for (const [index, input] of benchCorpus(2000).entries()) {
      const post = definePost(shape(input))
      linkScans.texts = []
      check(post, options)
      const seen = new Set<string>()
      for (const text of linkScans.texts) {
        if (seen.has(text)) again.push(`post ${index}: ${text === render(post.fr, 'x') ? 'its French text' : text === render(post.en, 'x') ? 'its English text' : `a piece of ${text.length} units`}`)
        seen.add(text)
      }
      scans += linkScans.texts.length
      linkScans.texts = undefined
    }
    expect(again).toEqual([])
    // The hook saw the scans (a renamed scan function would make the test vacuous).
    expect(scans).toBeGreaterThan(2000)
  })
})
