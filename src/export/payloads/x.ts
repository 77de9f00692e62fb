import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import type { PartInput } from './common.js'

useEnglishZodMessages()

/**
 * X API v2 `POST /2/tweets` body. `reply` and `media` hold ids the sender only
 * knows once it has posted the parent or uploaded the files (see `ThreadItem`
 * and `MediaUpload`), so the builder leaves them out.
 * Source: X API v2 reference, "Create Post".
 */
export const xPostSchema = z.strictObject({
  text: z.string(),
  reply: z.optional(z.strictObject({ in_reply_to_tweet_id: z.string() })),
  media: z.optional(z.strictObject({ media_ids: z.array(z.string()).check(z.minLength(1), z.maxLength(4)) })),
})
export type XPost = z.infer<typeof xPostSchema>

/** Builds the body of one part. */
export function buildXPost(part: PartInput): XPost {
  return { text: part.text }
}
