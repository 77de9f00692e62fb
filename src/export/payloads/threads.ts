import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import { type PartInput, PayloadError } from './common.js'

useEnglishZodMessages()

/**
 * Threads `POST /{threads-user-id}/threads` parameters (a media container;
 * publish it with `POST /{threads-user-id}/threads_publish?creation_id=…`).
 * `reply_to_id` is the id of the published parent, set by the sender.
 * Source: Threads API docs, "Posts" and "Reply management".
 */
export const threadsPostSchema = z.strictObject({
  media_type: z.enum(['TEXT', 'IMAGE', 'VIDEO']),
  text: z.string(),
  image_url: z.optional(z.string()),
  video_url: z.optional(z.string()),
  alt_text: z.optional(z.string()),
  reply_to_id: z.optional(z.string()),
})
export type ThreadsPost = z.infer<typeof threadsPostSchema>

/**
 * Builds the container of one part: TEXT, or IMAGE/VIDEO when the part
 * carries its media item. `toPayloads` has already refused what Threads does
 * not take (one item, JPEG or PNG, MP4 or MOV, public https URL: src/platforms/threads.ts).
 */
export function buildThreadsPost(part: PartInput): ThreadsPost {
  const [media] = part.media
  if (media === undefined) return { media_type: 'TEXT', text: part.text }
  if (media.url === undefined) throw new PayloadError('Threads needs a public URL for each media item (media[0].url).')
  return media.type === 'video'
    ? { media_type: 'VIDEO', text: part.text, video_url: media.url, alt_text: part.alt(media) }
    : { media_type: 'IMAGE', text: part.text, image_url: media.url, alt_text: part.alt(media) }
}
