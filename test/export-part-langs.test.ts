import { describe, expect, it } from 'vitest'
import { definePost, toPayloads } from '../src/index.js'
import { recallNotice } from './fixtures/sched-posts.js'

// platforms.md: Mastodon takes one ISO 639-1 `language` per status; Bluesky `langs` lists the languages of the record.
describe('each thread part carries the language(s) it holds', () => {
  const post = definePost(recallNotice)
  const frStart = recallNotice.fr.slice(0, 20)

  it('a bilingual Mastodon thread: English parts say en, French-only parts say fr', () => {
    const thread = toPayloads(post, 'mastodon', { accounts: 'bilingual', overflow: 'thread' }).bilingual
    expect(thread.length).toBeGreaterThan(1)
    expect(thread[0]?.body.language).toBe('en')
    expect(thread.at(-1)?.body.language).toBe('fr')
    // A part that holds no French opens in English; a part after the French start is French.
    const frIndex = thread.findIndex((item) => item.body.status.includes(frStart))
    thread.forEach((item, i) => expect(item.body.language).toBe(i < frIndex || (i === frIndex && !item.body.status.startsWith(frStart)) ? 'en' : 'fr'))
  })

  it('fr-first order: the thread opens in fr and ends in en', () => {
    const thread = toPayloads(post, 'mastodon', { accounts: 'bilingual', order: 'fr-first', overflow: 'thread' }).bilingual
    expect(thread[0]?.body.language).toBe('fr')
    expect(thread.at(-1)?.body.language).toBe('en')
  })

  it('Bluesky langs lists only the languages present in the part', () => {
    const thread = toPayloads(post, 'bluesky', { accounts: 'bilingual', overflow: 'thread', now: '2026-06-01T13:00:00Z' }).bilingual
    expect(thread[0]?.body.langs).toEqual(['en-CA'])
    expect(thread.at(-1)?.body.langs).toEqual(['fr-CA'])
    for (const item of thread) {
      const hasFr = item.body.langs?.includes('fr-CA') ?? false
      const hasEn = item.body.langs?.includes('en-CA') ?? false
      expect(hasEn || hasFr).toBe(true)
      if (!hasFr) expect(item.body.text).not.toMatch(/é|è|à|ç/)
    }
  })

  it('a post that fits keeps both languages in its one status', () => {
    const short = definePost({ en: 'Recall: frozen spinach.', fr: 'Rappel : épinards surgelés.' })
    expect(toPayloads(short, 'bluesky', { accounts: 'bilingual', now: '2026-06-01T13:00:00Z' }).bilingual[0]?.body.langs).toEqual(['en-CA', 'fr-CA'])
  })
})
