import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import { extractHashtags } from '../../text/social-entities.js'
import { extractUrls } from '../../text/urls.js'
import { translateBoth } from '../../i18n/messages.js'
import type { Lang } from '../../post/language.js'
import { type PartInput, PayloadError } from './common.js'

useEnglishZodMessages()

/**
 * Characters reserved by LinkedIn's "little text" format, in which the Posts
 * API reads `commentary`: each must be backslash-escaped to stand for itself,
 * or LinkedIn cuts or mangles the post at the first one.
 * Source: Microsoft Learn, LinkedIn Marketing, "little text format"
 * (https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/little-text-format),
 * whose reserved set is `\ | { } @ [ ] ( ) < > # * _ ~`.
 */
const reserved = /[\\|{}@[\]()<>#*_~]/g

/**
 * Escapes `text` for LinkedIn `commentary`: every reserved character outside
 * a URL gets a backslash, except the `#` that opens a hashtag, which LinkedIn
 * reads as a hashtag element (kept clickable, as in LinkedIn's own composer).
 * URLs are left as written: LinkedIn auto-links a bare URL in commentary, and a
 * backslash inside one (`jobs\_students.html`) would become part of the link
 * and break it. The little text format escapes reserved characters in text
 * runs; a URL is not such a run (the search corpus did not hold the Microsoft
 * page itself; tools that post to `/rest/posts`, e.g. crossposter v1.1.5, keep
 * URLs intact for the same reason).
 *
 * @example
 * escapeLinkedInText('Apply (students) #FSWEP') // 'Apply \\(students\\) #FSWEP'
 * escapeLinkedInText('canada.ca/jobs_students.html') // unchanged
 */
export function escapeLinkedInText(text: string): string {
  const hashtagStarts = new Set(text.includes('#') || text.includes('＃') ? extractHashtags(text).map((tag) => tag.start) : [])
  const urls = extractUrls(text)
  let out = ''
  let cursor = 0
  const escapeRun = (run: string, base: number) => run.replace(reserved, (character, offset: number) => (character === '#' && hashtagStarts.has(base + offset) ? '#' : `\\${character}`))
  for (const url of urls) {
    out += escapeRun(text.slice(cursor, url.start), cursor) + text.slice(url.start, url.end)
    cursor = url.end
  }
  return out + escapeRun(text.slice(cursor), cursor)
}

/** An organization or member URN: `urn:li:organization:123`, `urn:li:person:abc`. */
const authorSchema = z.string().check(z.regex(/^urn:li:(organization|person):[A-Za-z0-9_-]+$/))

/**
 * LinkedIn Posts API `POST /rest/posts` body (headers `LinkedIn-Version:
 * YYYYMM`, `X-Restli-Protocol-Version: 2.0.0`). Images are uploaded through
 * the Images API; the sender adds `content.media.id` (see `ThreadItem.media`).
 */
export const linkedinPostSchema = z.strictObject({
  author: authorSchema,
  commentary: z.string(),
  visibility: z.enum(['PUBLIC', 'CONNECTIONS', 'LOGGED_IN']),
  distribution: z.strictObject({
    feedDistribution: z.enum(['MAIN_FEED', 'NONE']),
    targetEntities: z.array(z.unknown()),
    thirdPartyDistributionChannels: z.array(z.unknown()),
  }),
  content: z.optional(z.strictObject({ media: z.strictObject({ id: z.string(), altText: z.optional(z.string()) }) })),
  lifecycleState: z.enum(['PUBLISHED', 'DRAFT']),
  isReshareDisabledByAuthor: z.boolean(),
})
export type LinkedInPost = z.infer<typeof linkedinPostSchema>

/** LinkedIn options of `toPayloads`. */
export interface LinkedInOptions {
  /** Who posts: `urn:li:organization:…` (a Page) or `urn:li:person:…`. Required. */
  readonly author: string
  /** Default `PUBLIC`. */
  readonly visibility?: LinkedInPost['visibility']
  /** Default `PUBLISHED`; `DRAFT` leaves it for review in LinkedIn. */
  readonly lifecycleState?: LinkedInPost['lifecycleState']
}

/** Builds the body of the post, its text escaped for the little text format. */
export function buildLinkedInPost(part: PartInput, options: LinkedInOptions | undefined, messageLanguage: Lang = 'en'): LinkedInPost {
  if (options === undefined || !authorSchema.safeParse(options.author).success) {
    const messageKey = 'payload.linkedin-author.missing'
    throw new PayloadError({ messageKey, messages: translateBoth(messageKey, {}) }, { messageLanguage })
  }
  return {
    author: options.author,
    commentary: escapeLinkedInText(part.text),
    visibility: options.visibility ?? 'PUBLIC',
    distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
    lifecycleState: options.lifecycleState ?? 'PUBLISHED',
    isReshareDisabledByAuthor: false,
  }
}
