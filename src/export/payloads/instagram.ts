import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
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

/** Builds the container of the post from its caption and its one media item. */
export function buildInstagramContainer(part: PartInput): InstagramContainer {
  const [media, ...more] = part.media
  if (media === undefined) throw new PayloadError('An Instagram post needs an image or a video: add one to post.media.')
  if (more.length > 0) throw new PayloadError('Instagram payloads take one media item per post (carousels are not built yet).')
  if (media.url === undefined) throw new PayloadError('Instagram needs a public URL for the media item (media[0].url).')
  // Instagram's alt_text field applies to images only.
  return media.type === 'video'
    ? { video_url: media.url, media_type: 'REELS', caption: part.text }
    : { image_url: media.url, caption: part.text, alt_text: part.alt(media) }
}
