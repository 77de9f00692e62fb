import { describe, expect, it } from 'vitest'
import { definePost, mergeYouTubeSnippet, toPayloads } from '../src/index.js'

// YouTube Data API, videos.update with part=snippet: unsent mutable snippet fields are deleted; categoryId is required.
describe('mergeYouTubeSnippet', () => {
  const post = definePost({
    en: 'Watch the 2026 Census results briefing from Statistics Canada.',
    fr: 'Regardez la séance d’information sur les résultats du Recensement de 2026 de Statistique Canada.',
    title: { en: '2026 Census results', fr: 'Résultats du Recensement de 2026' },
  })
  const current = { title: 'Draft', description: 'old', categoryId: '25', tags: ['census', 'recensement'], channelId: 'UC123', defaultAudioLanguage: 'en' }

  it('keeps the video fields we do not send (tags, channel, audio language) and takes ours', () => {
    const body = toPayloads(post, 'youtube', { accounts: 'bilingual', youtube: { categoryId: '25' } }).bilingual[0]?.body
    if (body === undefined) throw new Error('no body')
    const merged = mergeYouTubeSnippet(current, body.snippet)
    expect(merged).toEqual({ ...current, title: '2026 Census results', description: 'Watch the 2026 Census results briefing from Statistics Canada.', defaultLanguage: 'en' })
    expect(merged.tags).toEqual(['census', 'recensement'])
    expect(merged.categoryId).toBe('25')
  })

  it('our categoryId wins over the current one', () => {
    const body = toPayloads(post, 'youtube', { youtube: { categoryId: '29' } }).fr[0]?.body
    if (body === undefined) throw new Error('no body')
    expect(mergeYouTubeSnippet(current, body.snippet)).toMatchObject({ categoryId: '29', title: 'Résultats du Recensement de 2026', defaultLanguage: 'fr' })
  })
})
