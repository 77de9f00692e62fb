import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import type { PartInput } from './common.js'

useEnglishZodMessages()

const mediaId = z.string()

/**
 * X `media.media_ids`: one to four ids, typed as the tuple X's OpenAPI
 * `TweetCreateRequest` allows (`minItems: 1`, `maxItems: 4`), so a body passes
 * as it is to clients that type it so (twitter-api-v2 `SendTweetV2Params`).
 */
export type XMediaIds = [string] | [string, string] | [string, string, string] | [string, string, string, string]

const mediaIdsSchema: z.ZodMiniType<XMediaIds> = z.union([z.tuple([mediaId]), z.tuple([mediaId, mediaId]), z.tuple([mediaId, mediaId, mediaId]), z.tuple([mediaId, mediaId, mediaId, mediaId])])

/**
 * X API v2 `POST /2/tweets` body. `reply` and `media` hold ids the sender only
 * knows once it has posted the parent or uploaded the files (see `ThreadItem`
 * and `MediaUpload`), so the builder leaves them out.
 * Source: X API v2 reference, "Create Post".
 *
 * @example
 * const [first] = toPayloads(post, 'x').en
 * const ids = await Promise.all((first.media ?? []).map(upload)) // one id per MediaUpload, in order
 * await client.v2.tweet({ ...first.body, ...(ids.length > 0 ? { media: { media_ids: ids as XMediaIds } } : {}) })
 */
export const xPostSchema = z.strictObject({
  text: z.string(),
  reply: z.optional(z.strictObject({ in_reply_to_tweet_id: z.string() })),
  media: z.optional(z.strictObject({ media_ids: mediaIdsSchema })),
})
export type XPost = z.infer<typeof xPostSchema>

/** Builds the body of one part. */
export function buildXPost(part: PartInput): XPost {
  return { text: part.text }
}
