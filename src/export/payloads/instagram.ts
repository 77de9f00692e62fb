import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import { instagramMedia } from '../../platforms/instagram.js'
import { type PartInput, PayloadError } from './common.js'

useEnglishZodMessages()

/**
 * Instagram `POST /{ig-user-id}/media` parameters (a media container; publish
 * it with `POST /{ig-user-id}/media_publish?creation_id=…`). Instagram posts
 * need an image or a video at a public URL.
 * Source: Instagram Graph API, "Content Publishing".
 */
export const instagramContainerSchema = z.strictObject({
  image_url: z.optional(z.string()),
  video_url: z.optional(z.string()),
  media_type: z.optional(z.literal('REELS')),
  caption: z.string().check(z.maxLength(2200)),
  alt_text: z.optional(z.string()),
})
export type InstagramContainer = z.infer<typeof instagramContainerSchema>

/**
 * Builds the container of the post from its caption and its one media item.
 * `toPayloads` has already refused what Instagram does not take (count, JPEG
 * only, public https URL: src/platforms/instagram.ts, `media/…`).
 */
export function buildInstagramContainer(part: PartInput): InstagramContainer {
  const [media] = part.media
  if (media?.url === undefined) throw new PayloadError('An Instagram post needs an image or a video with a public URL: add one to post.media.')
  // The media table says which kinds take alt text: `alt_text` is for image posts, not Reels.
  const alt = instagramMedia.altText?.[media.type] === 0 ? {} : { alt_text: part.alt(media) }
  return media.type === 'video' ? { video_url: media.url, media_type: 'REELS', caption: part.text } : { image_url: media.url, caption: part.text, ...alt }
}
