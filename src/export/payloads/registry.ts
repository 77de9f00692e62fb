import type * as z from 'zod/mini'
import type { Lang } from '../../post/language.js'
import type { PlatformId } from '../../platforms/types.js'
import type { PayloadOptions } from '../options.js'
import { blueskyPostSchema, buildBlueskyPost, type BlueskyPost } from './bluesky.js'
import { mediaUploads, type MediaUpload, type PartInput } from './common.js'
import { buildFacebookPost, facebookPostSchema, type FacebookPost, facebookScheduleWindow } from './facebook.js'
import { buildInstagramContainer, instagramContainerSchema, type InstagramContainer } from './instagram.js'
import { buildLinkedInPost, linkedinPostSchema, type LinkedInPost } from './linkedin.js'
import { buildMastodonStatus, mastodonScheduleWindow, mastodonStatusSchema, type MastodonStatus } from './mastodon.js'
import type { ScheduledTime, ScheduleWindow } from './schedule.js'
import { buildThreadsPost, threadsPostSchema, type ThreadsPost } from './threads.js'
import { buildXPost, xPostSchema, type XPost } from './x.js'
import { buildYouTubeVideo, youtubeScheduleWindow, type YouTubeVersion, type YouTubeVideo, youtubeVideoSchema } from './youtube.js'

/** The request body each platform's payload carries. */
export interface PayloadBodies {
  x: XPost
  bluesky: BlueskyPost
  mastodon: MastodonStatus
  threads: ThreadsPost
  linkedin: LinkedInPost
  facebook: FacebookPost
  instagram: InstagramContainer
  youtube: YouTubeVideo
}

/** What every builder may use besides the part. */
export interface BuildContext {
  readonly options: PayloadOptions
  /** Language of the `message` of errors thrown while building (the option, checked). */
  readonly messageLanguage: Lang
  /** RFC 3339 time of the first post (Bluesky `createdAt`). */
  readonly createdAt: string
  /** The post's `publishAt`, for platforms with a scheduling field (checked against their window first). */
  readonly scheduled?: ScheduledTime
}

/** A platform whose post is one text (split into a thread of replies when the platform chains them). */
export interface TextBuilder<Body> {
  readonly kind: 'text'
  readonly schema: z.ZodMiniType<Body>
  /** Whether the platform chains replies, so that a long text can go out as a thread. */
  readonly threads: boolean
  /** Where the platform takes a time to publish at, the window it accepts; absent: the sender schedules. */
  readonly schedule?: ScheduleWindow
  build(part: PartInput, context: BuildContext): { body: Body; media?: MediaUpload[] }
}

/** A platform that holds each language in a field of its own (YouTube `localizations`). */
export interface LocalizedBuilder<Body> {
  readonly kind: 'localized'
  readonly schema: z.ZodMiniType<Body>
  readonly schedule?: ScheduleWindow
  build(main: YouTubeVersion, other: YouTubeVersion | undefined, context: BuildContext): Body
}

export type Builder<Body> = TextBuilder<Body> | LocalizedBuilder<Body>

/** Media the sender uploads first (platforms that take media by id), on the part that carries them. */
function withUploads(part: PartInput): { media?: MediaUpload[] } {
  return part.media.length === 0 ? {} : { media: mediaUploads(part) }
}

/** One builder per platform: a new platform is one file under `payloads/` plus a line here. */
export const builders: { readonly [P in PlatformId]: Builder<PayloadBodies[P]> } = {
  x: { kind: 'text', schema: xPostSchema, threads: true, build: (part) => ({ body: buildXPost(part), ...withUploads(part) }) },
  bluesky: {
    kind: 'text',
    schema: blueskyPostSchema,
    threads: true,
    build: (part, { createdAt, options }) => ({
      body: buildBlueskyPost(part, { createdAt, ...(options.resolveHandle === undefined ? {} : { resolveHandle: options.resolveHandle }) }),
    }),
  },
  mastodon: {
    kind: 'text',
    schema: mastodonStatusSchema,
    threads: true,
    schedule: mastodonScheduleWindow,
    build: (part, { options, scheduled }) => ({ body: buildMastodonStatus(part, options.mastodon, scheduled), ...withUploads(part) }),
  },
  threads: { kind: 'text', schema: threadsPostSchema, threads: true, build: (part) => ({ body: buildThreadsPost(part) }) },
  linkedin: {
    kind: 'text',
    schema: linkedinPostSchema,
    threads: false,
    build: (part, { options, messageLanguage }) => ({ body: buildLinkedInPost(part, options.linkedin, messageLanguage), ...withUploads(part) }),
  },
  facebook: {
    kind: 'text',
    schema: facebookPostSchema,
    threads: false,
    schedule: facebookScheduleWindow,
    build: (part, { scheduled }) => ({ body: buildFacebookPost(part, scheduled), ...withUploads(part) }),
  },
  instagram: { kind: 'text', schema: instagramContainerSchema, threads: false, build: (part) => ({ body: buildInstagramContainer(part) }) },
  youtube: {
    kind: 'localized',
    schema: youtubeVideoSchema,
    schedule: youtubeScheduleWindow,
    build: (main, other, { options, scheduled, messageLanguage }) => buildYouTubeVideo(main, other, options.youtube, scheduled, messageLanguage),
  },
}
