import { describe, expect, it } from 'vitest'
import { currentVideo, updateRequest } from '../examples/youtube-merge.js'
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

  it('the README example (examples/youtube-merge.ts) keeps the video’s tags and status and schedules it privately', () => {
    const request = updateRequest('2027-02-20T15:00:00Z')
    expect(request.snippet).toEqual({
      ...currentVideo.snippet,
      title: 'Before the RRSP deadline',
      description: 'Three things to know before the RRSP deadline on March 1, 2027.',
      categoryId: '27',
      defaultLanguage: 'en',
    })
    expect(request.status).toEqual({ ...currentVideo.status, privacyStatus: 'private', publishAt: '2027-02-26T14:00:00.000Z' })
    expect(request.localizations).toEqual({ fr: { title: 'Avant la date limite REER', description: 'Trois choses à savoir avant la date limite REER du 1er\u00a0mars 2027.' } })
    // After the time, YouTube would refuse publishAt: so does toPayloads.
    expect(() => updateRequest('2027-02-26T14:00:00Z')).toThrow(/status\.publishAt must be in the future/)
  })
})
