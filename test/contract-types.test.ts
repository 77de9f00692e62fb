import type { AtpAgent, AppBskyFeedPost, BlobRef, ComAtprotoRepoCreateRecord } from '@atproto/api'
import type { youtube_v3 } from '@googleapis/youtube'
import type { MegalodonInterface } from 'megalodon'
import type { SendTweetV2Params } from 'twitter-api-v2'
import { describe, expectTypeOf, it } from 'vitest'
import type { BlueskyPost, fillBlueskyBlobs, MastodonStatus, PayloadBodies, XPost, YouTubeVideo } from '../src/index.js'

// Checked by `tsc --noEmit` (strict; tsconfig includes test/): our body types go as they are into each real client's parameters.
type MegalodonStatusOptions = NonNullable<Parameters<MegalodonInterface['postStatus']>[1]>
type AgentPostRecord = Parameters<AtpAgent['post']>[0]
type VideosUpdateBody = NonNullable<youtube_v3.Params$Resource$Videos$Update['requestBody']>

describe('payload body types fit the real clients’ parameter types', () => {
  it('X: toPayloads’ body is twitter-api-v2 client.v2.tweet’s SendTweetV2Params', () => {
    expectTypeOf<PayloadBodies['x']>().toEqualTypeOf<XPost>()
    expectTypeOf<XPost>().toExtend<SendTweetV2Params>()
  })

  it('Bluesky: the record, blobs filled in, is an AppBskyFeedPost.Record, what agent.post and createRecord take', () => {
    expectTypeOf<PayloadBodies['bluesky']>().toEqualTypeOf<BlueskyPost>()
    type Filled = ReturnType<typeof fillBlueskyBlobs<BlobRef>>
    expectTypeOf<Filled>().toExtend<AppBskyFeedPost.Record>()
    expectTypeOf<Filled>().toExtend<AgentPostRecord>()
    expectTypeOf<Filled>().toExtend<ComAtprotoRepoCreateRecord.InputSchema['record']>()
  })

  it('Mastodon: the status without its text is megalodon postStatus’ options', () => {
    expectTypeOf<PayloadBodies['mastodon']>().toEqualTypeOf<MastodonStatus>()
    expectTypeOf<Omit<MastodonStatus, 'status'>>().toExtend<MegalodonStatusOptions>()
    // Assignability lets extra keys through; each of our field names is one of megalodon's Mastodon parameters.
    expectTypeOf<keyof MastodonStatus>().toExtend<'status' | keyof MegalodonStatusOptions>()
    expectTypeOf<MastodonStatus['status']>().toEqualTypeOf<Parameters<MegalodonInterface['postStatus']>[0]>()
  })

  it('YouTube: the video is @googleapis/youtube Schema$Video, videos.update’s requestBody', () => {
    expectTypeOf<PayloadBodies['youtube']>().toEqualTypeOf<YouTubeVideo>()
    expectTypeOf<YouTubeVideo>().toExtend<youtube_v3.Schema$Video>()
    expectTypeOf<YouTubeVideo>().toExtend<VideosUpdateBody>()
  })
})
