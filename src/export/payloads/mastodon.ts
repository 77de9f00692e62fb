import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import type { PartInput } from './common.js'
import type { ScheduledTime, ScheduleWindow } from './schedule.js'

useEnglishZodMessages()

/** Who sees a Mastodon status. */
export const mastodonVisibilitySchema = z.enum(['public', 'unlisted', 'private', 'direct'])
export type MastodonVisibility = z.infer<typeof mastodonVisibilitySchema>

/**
 * Mastodon `POST /api/v1/statuses` body. `in_reply_to_id` and `media_ids` are
 * ids the sender learns when posting the parent and uploading the media (each
 * upload's `description` is its alt text, given in `ThreadItem.media`).
 * Source: Mastodon API docs, "statuses".
 */
export const mastodonStatusSchema = z.strictObject({
  status: z.string(),
  /** ISO 639-1. */
  language: z.enum(['en', 'fr']),
  visibility: mastodonVisibilitySchema,
  spoiler_text: z.optional(z.string()),
  sensitive: z.optional(z.boolean()),
  in_reply_to_id: z.optional(z.string()),
  media_ids: z.optional(z.array(z.string()).check(z.maxLength(4))),
  /** ISO 8601 time to publish at; Mastodon then answers with a ScheduledStatus. */
  scheduled_at: z.optional(z.iso.datetime({ offset: true })),
})
export type MastodonStatus = z.infer<typeof mastodonStatusSchema>

/** Mastodon options of `toPayloads`. */
export interface MastodonOptions {
  /** Default `public`. A thread's replies use the same visibility. */
  readonly visibility?: MastodonVisibility
}

/**
 * `scheduled_at` "must be at least 5 minutes in the future"; Mastodon states
 * no latest time (a server holds at most 300 scheduled statuses, 50 a day).
 * Source: https://docs.joinmastodon.org/methods/statuses/#create and
 * https://github.com/mastodon/mastodon/pull/9706.
 */
export const mastodonScheduleWindow: ScheduleWindow = { field: 'scheduled_at', minimumSeconds: 5 * 60 }

/**
 * Builds the body of one part. Mastodon takes one language per status: a
 * part holding one language of a bilingual thread carries that language
 * (`fr` for a French-only part); a part holding both carries the one it opens with.
 * With a `publishAt`, the first part gets `scheduled_at`; the sender posts the
 * replies once it is out (their `in_reply_to_id` must name a published status).
 */
export function buildMastodonStatus(part: PartInput, options: MastodonOptions = {}, scheduled?: ScheduledTime): MastodonStatus {
  return {
    status: part.text,
    language: part.langs[0] ?? 'en',
    visibility: options.visibility ?? 'public',
    // Only the first part: a reply needs the id of a status that is already published.
    ...(scheduled === undefined || part.index > 0 ? {} : { scheduled_at: scheduled.iso }),
  }
}
