import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import { extractUrls } from '../../text/urls.js'
import type { PartInput } from './common.js'
import type { ScheduledTime, ScheduleWindow } from './schedule.js'

useEnglishZodMessages()

/**
 * Facebook Page `POST /{page-id}/feed` parameters: the message and the link
 * the post previews (the first link of the text, when there is one); a
 * scheduled post is unpublished (`published: false`) with
 * `scheduled_publish_time` in Unix seconds.
 * Source: Graph API reference, "Page Feed"; Pages API guide, "Posts"
 * (https://developers.facebook.com/docs/pages-api/posts).
 */
export const facebookPostSchema = z.strictObject({
  message: z.string(),
  link: z.optional(z.string()),
  published: z.optional(z.literal(false)),
  scheduled_publish_time: z.optional(z.int().check(z.positive())),
})
export type FacebookPost = z.infer<typeof facebookPostSchema>

/** The first link of the part: a Markdown link's URL, else the first URL written in the text. */
function firstLink(part: PartInput): string | undefined {
  const fromMarkdown = part.links[0]
  const written = extractUrls(part.text)[0]
  if (fromMarkdown !== undefined && (written === undefined || fromMarkdown.start <= written.start)) return fromMarkdown.url
  if (written === undefined) return undefined
  return /^https?:\/\//i.test(written.url) ? written.url : `https://${written.url}`
}

/**
 * `scheduled_publish_time` must be between 10 minutes and 30 days from the
 * request. Meta's pages disagree on the far end: the Pages API "Posts" guide
 * (https://developers.facebook.com/docs/pages-api/posts) and integrations
 * built on it say 30 days; the Graph API Page Feed reference
 * (https://developers.facebook.com/docs/graph-api/reference/page/feed/), as
 * SDKs quote it, says 75 days. We keep the narrower window, which both accept.
 */
export const facebookScheduleWindow: ScheduleWindow = { field: 'scheduled_publish_time', minimumSeconds: 10 * 60, maximumSeconds: 30 * 86_400 }

/** Builds the parameters of the post; a scheduled one is unpublished until its time. */
export function buildFacebookPost(part: PartInput, scheduled?: ScheduledTime): FacebookPost {
  const link = firstLink(part)
  return {
    message: part.text,
    ...(link === undefined ? {} : { link }),
    ...(scheduled === undefined ? {} : { published: false, scheduled_publish_time: scheduled.unixSeconds }),
  }
}
