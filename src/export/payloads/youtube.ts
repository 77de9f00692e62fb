import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import { translateBoth } from '../../i18n/messages.js'
import type { Lang } from '../../post/language.js'
import { PayloadError } from './common.js'
import type { ScheduledTime, ScheduleWindow } from './schedule.js'

useEnglishZodMessages()

const localizationSchema = z.strictObject({ title: z.string().check(z.maxLength(100)), description: z.string() })

/**
 * YouTube Data API `videos.update` / `videos.insert` body for
 * `part=snippet,localizations` (plus `status` when scheduled): the snippet in
 * the default language, the other language in `localizations`, which YouTube
 * shows to viewers who use it. `snippet.categoryId` is required by
 * `videos.update` with `part=snippet`; `status.publishAt` "can be set only if
 * the privacy status of the video is private", so a scheduled body says
 * `privacyStatus: 'private'` and YouTube makes the video public at that time.
 * Source: https://developers.google.com/youtube/v3/docs/videos/update and
 * https://developers.google.com/youtube/v3/docs/videos#status.publishAt.
 */
export const youtubeVideoSchema = z.strictObject({
  snippet: z.strictObject({
    title: z.string().check(z.maxLength(100)),
    description: z.string(),
    defaultLanguage: z.enum(['en', 'fr']),
    categoryId: z.string().check(z.regex(/^\d+$/)),
  }),
  localizations: z.optional(z.partialRecord(z.enum(['en', 'fr']), localizationSchema)),
  status: z.optional(z.strictObject({ privacyStatus: z.literal('private'), publishAt: z.iso.datetime() })),
})
export type YouTubeVideo = z.infer<typeof youtubeVideoSchema>

/** YouTube options of `toPayloads`. */
export interface YouTubeOptions {
  /**
   * The video's category id, required (`videos.update` with `part=snippet`
   * refuses a snippet without one): `'25'` News & Politics, `'27'` Education,
   * `'29'` Nonprofits & Activism… (`videoCategories.list?regionCode=CA` lists them).
   */
  readonly categoryId?: string
}

/**
 * `status.publishAt` must be in the future; YouTube states no latest time.
 * Source: https://developers.google.com/youtube/v3/docs/videos#status.publishAt.
 */
export const youtubeScheduleWindow: ScheduleWindow = { field: 'status.publishAt', minimumSeconds: 0 }

/** One language's version of a video's texts. */
export interface YouTubeVersion {
  readonly lang: Lang
  readonly title: string
  readonly description: string
}

/** The category id, checked: a PayloadError in both languages when it is missing or not a number. */
function categoryOf(options: YouTubeOptions, messageLanguage: Lang): string {
  const { categoryId } = options
  if (categoryId === undefined) {
    const messageKey = 'payload.youtube-category.missing'
    throw new PayloadError({ messageKey, messages: translateBoth(messageKey, {}) }, { messageLanguage })
  }
  if (!/^\d+$/.test(categoryId)) {
    const messageKey = 'payload.youtube-category.invalid'
    throw new PayloadError({ messageKey, messages: translateBoth(messageKey, { categoryId }) }, { messageLanguage })
  }
  return categoryId
}

/** Builds the body from the default language's version, then the other's (if any) as a localization. */
export function buildYouTubeVideo(main: YouTubeVersion, other: YouTubeVersion | undefined, options: YouTubeOptions = {}, scheduled?: ScheduledTime, messageLanguage: Lang = 'en'): YouTubeVideo {
  return {
    snippet: { title: main.title, description: main.description, defaultLanguage: main.lang, categoryId: categoryOf(options, messageLanguage) },
    ...(other === undefined ? {} : { localizations: { [other.lang]: { title: other.title, description: other.description } } }),
    ...(scheduled === undefined ? {} : { status: { privacyStatus: 'private' as const, publishAt: scheduled.iso } }),
  }
}

/** The snippet of a video as `videos.list?part=snippet` returns it (only the fields that matter here are typed). */
export interface YouTubeCurrentSnippet {
  readonly title?: string
  readonly description?: string
  readonly categoryId?: string
  readonly defaultLanguage?: string
  readonly tags?: readonly string[]
  readonly [field: string]: unknown
}

/**
 * Merges our snippet into the video's current one, for `videos.update` with
 * `part=snippet`: that call deletes every mutable snippet field it is not
 * sent (tags, category…), and requires `categoryId` (YouTube Data API,
 * "Videos: update"). Ours wins where we set a field; the rest is kept.
 *
 * @example
 * const [video] = (await youtube.videos.list({ id, part: ['snippet'] })).data.items
 * const body = toPayloads(post, 'youtube', { accounts: 'bilingual', youtube: { categoryId: '27' } }).bilingual[0].body
 * await youtube.videos.update({ part: ['snippet', 'localizations'], requestBody: { id, ...body, snippet: mergeYouTubeSnippet(video.snippet, body.snippet) } })
 */
export function mergeYouTubeSnippet<Current extends YouTubeCurrentSnippet>(current: Current, ours: YouTubeVideo['snippet']): Current & YouTubeVideo['snippet'] {
  const defined = Object.fromEntries(Object.entries(ours).filter(([, value]) => value !== undefined)) as YouTubeVideo['snippet']
  return { ...current, ...defined }
}
