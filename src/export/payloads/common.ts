import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import type { Bilingual, Lang } from '../../post/language.js'
import type { Media } from '../../post/schema.js'
import type { RenderedLink } from '../../text/markdown.js'

useEnglishZodMessages()

/**
 * A file the sender must upload before posting an item, with its alt text in
 * the item's language(s). Platforms that take media by id (X, Mastodon,
 * LinkedIn) list them here; the sender uploads each (X `POST /2/media/upload`
 * then metadata `alt_text.text`; Mastodon `POST /api/v2/media` with
 * `description`; LinkedIn Images API with `altText`) and puts the ids it gets
 * into the body.
 */
export const mediaUploadSchema = z.strictObject({
  /** Index of the media item in `post.media`. */
  mediaIndex: z.int().check(z.nonnegative()),
  /** Where the file is, as the post gave it (URL or path); the library never fetches it. */
  url: z.optional(z.string()),
  type: z.enum(['image', 'video', 'gif']),
  /** Alt text to attach to the upload, in the item's language (both, for a bilingual post). */
  alt: z.string(),
})
export type MediaUpload = z.infer<typeof mediaUploadSchema>

/**
 * One post of a thread: `body` is the platform's request body, ready to send;
 * `replyTo` is the index (in the same list) of the item it answers. Ids are
 * only known once posted, so the sender posts items in order and, for an item
 * with `replyTo`, sets the platform's reply field from the answer to item
 * `replyTo` (X `reply.in_reply_to_tweet_id`, Bluesky `reply.parent` with
 * `reply.root` from item 0, Mastodon `in_reply_to_id`, Threads `reply_to_id`).
 */
export function threadItemSchema<Body extends z.core.$ZodType>(body: Body) {
  return z.strictObject({
    body,
    replyTo: z.optional(z.int().check(z.nonnegative())),
    media: z.optional(z.array(mediaUploadSchema)),
  })
}

/** A thread: items in posting order; the first has no `replyTo`. */
export function threadSchema<Body extends z.core.$ZodType>(body: Body) {
  return z.array(threadItemSchema(body)).check(z.minLength(1))
}

/** Inferred type of one thread item around a body type. */
export interface ThreadItem<Body> {
  body: Body
  replyTo?: number
  media?: MediaUpload[]
}

/** One part of a thread as a builder receives it: its text and what is known about it. */
export interface PartInput {
  /** The part's text, numbering included. */
  readonly text: string
  /** Languages of the text, in the order they appear (one, or both for a bilingual post). */
  readonly langs: readonly Lang[]
  /** Links of the rendered Markdown that fall in this part, with offsets in `text`. */
  readonly links: readonly RenderedLink[]
  /** Index of the part in its thread (0 first). */
  readonly index: number
  /** Number of parts in the thread. */
  readonly total: number
  /** Media of the post, attached to the first part only. */
  readonly media: readonly Media[]
  /** Alt text of each media item, in the part's language(s). */
  readonly alt: (media: Media) => string
}

/** A message in both official languages, with its key (namespace `rules`, under `payload`) for hosts that reword it. */
export interface LocalizedMessage {
  readonly messageKey: string
  readonly messages: Bilingual<string>
}

/**
 * Thrown when a post cannot become a payload for a reason other than length
 * (no title for YouTube, no image for Instagram, a time outside a platform's
 * scheduling window…). Where the reason has been translated, `messages` holds
 * it in both languages and `message` is in `toPayloads`'s `messageLanguage`
 * (English by default), so a tool can show it in its user's language.
 *
 * @example
 * catch (error) {
 *   if (error instanceof PayloadError) console.error(error.messages?.fr ?? error.message)
 * }
 */
export class PayloadError extends Error {
  override readonly name: string = 'PayloadError'
  readonly messageKey?: string
  readonly messages?: Bilingual<string>
  constructor(message: string | LocalizedMessage, options?: { cause?: unknown; messageLanguage?: Lang }) {
    super(typeof message === 'string' ? message : message.messages[options?.messageLanguage ?? 'en'], options?.cause === undefined ? undefined : { cause: options.cause })
    if (typeof message !== 'string') {
      this.messageKey = message.messageKey
      this.messages = message.messages
    }
  }
}

/** The uploads of a part's media, for platforms that take media by id. */
export function mediaUploads(part: PartInput): MediaUpload[] {
  return part.media.map((media, mediaIndex) => ({
    mediaIndex,
    ...(media.url === undefined ? {} : { url: media.url }),
    type: media.type,
    alt: part.alt(media),
  }))
}
