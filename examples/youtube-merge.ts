// Prints the videos.update request for a scheduled bilingual YouTube video: our snippet merged into the video's current one.
// Run: npx tsx examples/youtube-merge.ts
import { pathToFileURL } from 'node:url'
import { definePost, mergeYouTubeSnippet, toPayloads } from '../src/index.js'

/** What `youtube.videos.list({ id, part: ['snippet', 'status'] })` returns for the uploaded, still private video. */
export const currentVideo = {
  id: 'dQw4w9WgXcQ',
  snippet: {
    title: 'rrsp_2027_final_v3.mp4',
    description: '',
    categoryId: '22',
    tags: ['RRSP', 'REER', 'CRA', 'ARC'],
    channelId: 'UCexampleCRA',
    defaultAudioLanguage: 'en',
  },
  status: { privacyStatus: 'private', embeddable: true, license: 'youtube', publicStatsViewable: true, selfDeclaredMadeForKids: false },
}

/** The `requestBody` to send with `part: ['snippet', 'localizations', 'status']`. */
export function updateRequest(now: string) {
  const post = definePost({
    en: 'Three things to know before the RRSP deadline on March 1, 2027.',
    fr: 'Trois choses à savoir avant la date limite REER du 1er\u00a0mars 2027.',
    title: { en: 'Before the RRSP deadline', fr: 'Avant la date limite REER' },
    publishAt: '2027-02-26T09:00:00-05:00',
  })
  // 27 Education: an explainer; an announcement would rather be 25 News & Politics.
  const body = toPayloads(post, 'youtube', { accounts: 'bilingual', youtube: { categoryId: '27' }, now }).bilingual[0]?.body
  if (body === undefined) throw new Error('no payload')
  return {
    id: currentVideo.id,
    ...body,
    // videos.update replaces every mutable field of the parts it is sent: keep the tags and the rest.
    snippet: mergeYouTubeSnippet(currentVideo.snippet, body.snippet),
    ...(body.status === undefined ? {} : { status: { ...currentVideo.status, ...body.status } }),
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(updateRequest('2027-02-20T15:00:00Z'), null, 2))
}
