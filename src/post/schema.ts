import * as z from 'zod/mini'
import { useEnglishZodMessages } from './zod-messages.js'
import { platformIds } from '../platforms/types.js'
import { findLoneSurrogate } from '../text/unicode.js'

useEnglishZodMessages()

/** A string with no lone surrogate: platforms would replace one with U+FFFD and lose text. */
const wellFormedText = z.string().check(
  z.superRefine((value: string, ctx) => {
    const at = findLoneSurrogate(value)
    if (at !== -1) {
      const codeUnit = value.charCodeAt(at).toString(16).toUpperCase()
      ctx.addIssue({
        code: 'custom',
        message: `Text contains a lone surrogate (U+${codeUnit}) at offset ${at}; it is not valid Unicode and would be replaced when published.`,
        // The facts and the message key for PostInputError's bilingual messages (input namespace).
        params: { messageKey: 'loneSurrogate', offset: at, codeUnit },
      })
    }
  }),
)

/** Schema of a platform id (`'x'`, `'bluesky'`, …). */
export const platformIdSchema = z.enum(platformIds)

/** Schema of a pair of texts, one per official language. */
export const bilingualTextSchema = z.strictObject({ en: wellFormedText, fr: wellFormedText })

/** A media type (RFC 6838 `type/subtype`, lower case): `image/jpeg`, `video/mp4`. */
const mimeTypePattern = /^(image|video)\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/
const mimeTypeSchema = z.string().check(z.regex(mimeTypePattern, 'Expected a media type such as image/jpeg or video/mp4 (lower case).'))
const kindNames = { image: 'An image', video: 'A video', gif: 'A GIF' } as const

/** Which media types each `type` may have: a GIF is `image/gif`, or the MP4 it was converted to (Bluesky takes GIFs so). */
function mimeTypeFits(type: 'image' | 'video' | 'gif', mimeType: string): boolean {
  if (type === 'gif') return mimeType === 'image/gif' || mimeType === 'video/mp4'
  return mimeType.startsWith(`${type}/`)
}

/** Schema of one media item attached to a post; alt text is required in both languages. */
export const mediaInputSchema = z
  .strictObject({
    /** Where the file is (URL or path); the library does not fetch it. A relative path is resolved against the `mediaBaseUrl` option. */
    url: z.optional(wellFormedText),
    type: z._default(z.enum(['image', 'video', 'gif']), 'image'),
    /**
     * The file's media type, when the URL's extension does not tell it (a URL
     * without one, a CDN query): `image/jpeg`, `image/png`, `image/gif`,
     * `video/mp4`… It must agree with `type`; it decides which platforms take the file.
     */
    mimeType: z.optional(mimeTypeSchema),
    /** Alt text in both languages. */
    alt: bilingualTextSchema,
  })
  .check(
    z.superRefine((media, ctx) => {
      // A malformed media type has its own issue already.
      if (media.mimeType === undefined || !mimeTypePattern.test(media.mimeType) || mimeTypeFits(media.type, media.mimeType)) return
      ctx.addIssue({
        code: 'custom',
        path: ['mimeType'],
        message: `${kindNames[media.type]} cannot have the media type ${media.mimeType}: ${media.type === 'gif' ? 'a GIF is image/gif, or video/mp4 once converted' : `expected ${media.type}/…`}.`,
        params: { messageKey: 'mediaTypeMismatch', kind: media.type, mimeType: media.mimeType },
      })
    }),
  )

/**
 * Schema of what {@link definePost} takes. Also published as JSON Schema for
 * tools not written in TypeScript.
 */
export const postInputSchema = z.strictObject({
  /** Your identifier for the post (file name, CMS id). */
  id: z.optional(wellFormedText),
  /** English text, in Markdown. */
  en: wellFormedText,
  /** French text, in Markdown. */
  fr: wellFormedText,
  /** Platforms the post is meant for; all of them when absent. */
  platforms: z.optional(z.array(platformIdSchema)),
  /** Media attached to the post. */
  media: z.optional(z.array(mediaInputSchema)),
  /** Title in both languages, for platforms that take one (YouTube). */
  title: z.optional(bilingualTextSchema),
  /** When the post should go out: an ISO 8601 / RFC 3339 date-time with offset. */
  publishAt: z.optional(z.iso.datetime({ offset: true })),
})

/** What {@link definePost} takes, as written by a user. */
export type PostInput = z.input<typeof postInputSchema>
/** A media item as written by a user. */
export type MediaInput = z.input<typeof mediaInputSchema>
/** A media item once validated. */
export type Media = Readonly<z.output<typeof mediaInputSchema>>
