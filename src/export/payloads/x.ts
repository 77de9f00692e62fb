import * as z from 'zod'
import type { PartInput } from './common.js'

/**
 * X API v2 `POST /2/tweets` body. `reply` and `media` hold ids the sender only
 * knows once it has posted the parent or uploaded the files (see `ThreadItem`
 * and `MediaUpload`), so the builder leaves them out.
 * Source: X API v2 reference, "Create Post".
 */
export const xPostSchema = z.strictObject({
  text: z.string(),
  reply: z.strictObject({ in_reply_to_tweet_id: z.string() }).optional(),
  media: z.strictObject({ media_ids: z.array(z.string()).min(1).max(4) }).optional(),
})
export type XPost = z.infer<typeof xPostSchema>

/** Builds the body of one part. */
export function buildXPost(part: PartInput): XPost {
  return { text: part.text }
}
