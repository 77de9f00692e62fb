import twitter from 'twitter-text'
import { describe, expect, it } from 'vitest'
import { loadExamples } from '../examples/load.js'
import { OverflowError, toPayloads, xPostSchema } from '../src/export/index.js'
import { definePost } from '../src/post/define.js'
import { render } from '../src/platforms/render.js'
import { generateCorpus } from './support/corpus.js'
import { thrown } from './support/thrown.js'

const examples = loadExamples()
const frenchOverX = examples.filter(({ post }) => twitter.parseTweet(render(post.en, 'x')).valid && !twitter.parseTweet(render(post.fr, 'x')).valid)

const overflowOf = (run: () => unknown): OverflowError => thrown(OverflowError, run)

describe('X payloads on the bundled examples', () => {
  it('has two examples whose French is past X’s limit while the English fits', () => {
    expect(frenchOverX.map(({ file }) => file)).toHaveLength(2)
  })

  it.each(frenchOverX.map(({ file, post }) => [file, post] as const))('%s: overflow "error" throws an OverflowError naming French and X', (_file, post) => {
    const error = overflowOf(() => toPayloads(post, 'x'))
    expect(error.platform).toBe('x')
    expect(error.langs).toEqual(['fr'])
    expect(error.message).toMatch(/French/)
    expect(error.message).toMatch(/\bX\b/)
    expect(error.measurements.fr?.length).toBe(twitter.parseTweet(render(post.fr, 'x')).weightedLength)
    expect(error.diagnostics.length).toBeGreaterThan(0)
    for (const diagnostic of error.diagnostics) expect(diagnostic).toMatchObject({ ruleId: 'length/over-limit', lang: 'fr', platform: 'x', severity: 'error' })
    // The same in bilingual mode: the combined text is over too.
    expect(() => toPayloads(post, 'x', { accounts: 'bilingual' })).toThrow(OverflowError)
  })

  it.each(frenchOverX.map(({ file, post }) => [file, post] as const))('%s: overflow "thread" gives parallel, valid threads', (_file, post) => {
    const out = toPayloads(post, 'x', { overflow: 'thread' })
    expect(out.fr.length).toBeGreaterThan(1)
    expect(out.en).toHaveLength(out.fr.length)
    for (const thread of [out.en, out.fr]) {
      thread.forEach((item, index) => {
        expect(twitter.parseTweet(item.body.text).valid).toBe(true)
        expect(item.body.text.endsWith(` ${index + 1}/${thread.length}`)).toBe(true)
        expect(item.replyTo).toBe(index === 0 ? undefined : index - 1)
        expect(xPostSchema.parse(item.body)).toEqual(item.body)
      })
    }
    // Media go with the first post only, as uploads with the alt text in the post's language.
    if (post.media.length > 0) {
      expect(out.fr[0]?.media).toEqual(post.media.map((m, mediaIndex) => ({ mediaIndex, url: m.url, type: m.type, alt: m.alt.fr })))
      expect(out.fr[1]?.media).toBeUndefined()
    }
  })

  it('bilingual thread: every part valid, languages in the asked order', () => {
    for (const { post } of frenchOverX) {
      const out = toPayloads(post, 'x', { accounts: 'bilingual', order: 'fr-first', overflow: 'thread' })
      expect(out.langs).toEqual(['fr', 'en'])
      for (const item of out.bilingual) expect(twitter.parseTweet(item.body.text).valid).toBe(true)
      expect(out.bilingual[0]?.body.text.startsWith(render(post.fr, 'x').slice(0, 40))).toBe(true)
    }
  })
})

describe('X payloads on generated posts', () => {
  it('every part of every thread is valid for twitter-text', () => {
    const corpus = generateCorpus(400, 11, 100, 1500)
    let parts = 0
    for (let i = 0; i + 1 < corpus.length; i += 2) {
      const post = definePost({ en: corpus[i], fr: corpus[i + 1] })
      for (const accounts of ['separate', 'bilingual'] as const) {
        let out
        try {
          out = toPayloads(post, 'x', { accounts, overflow: 'thread' })
        } catch (error) {
          expect(error).toBeInstanceOf(OverflowError)
          continue
        }
        const lists = out.accounts === 'separate' ? [out.en, out.fr] : [out.bilingual]
        for (const item of lists.flat()) {
          expect(twitter.parseTweet(item.body.text).valid, item.body.text).toBe(true)
          parts++
        }
      }
    }
    expect(parts).toBeGreaterThan(1000)
  })
})
