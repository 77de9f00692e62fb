import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import type { Lang } from '../../post/language.js'

useEnglishZodMessages()

const localizationSchema = z.strictObject({ title: z.string().check(z.maxLength(100)), description: z.string() })

/**
 * YouTube Data API `videos.update` / `videos.insert` body for
 * `part=snippet,localizations`: the snippet in the default language, the other
 * language in `localizations`, which YouTube shows to viewers who use it.
 * Source: YouTube Data API reference, "Videos" resource.
 */
export const youtubeVideoSchema = z.strictObject({
  snippet: z.strictObject({
    title: z.string().check(z.maxLength(100)),
    description: z.string(),
    defaultLanguage: z.enum(['en', 'fr']),
    categoryId: z.optional(z.string()),
  }),
  localizations: z.optional(z.partialRecord(z.enum(['en', 'fr']), localizationSchema)),
})
export type YouTubeVideo = z.infer<typeof youtubeVideoSchema>

/** YouTube options of `toPayloads`. */
export interface YouTubeOptions {
  /** The video's category id (required by `videos.update`), e.g. `'25'`. */
  readonly categoryId?: string
}

/** One language's version of a video's texts. */
export interface YouTubeVersion {
  readonly lang: Lang
  readonly title: string
  readonly description: string
}

/** Builds the body from the default language's version, then the other's (if any) as a localization. */
export function buildYouTubeVideo(main: YouTubeVersion, other: YouTubeVersion | undefined, options: YouTubeOptions = {}): YouTubeVideo {
  return {
    snippet: {
      title: main.title,
      description: main.description,
      defaultLanguage: main.lang,
      ...(options.categoryId === undefined ? {} : { categoryId: options.categoryId }),
    },
    ...(other === undefined ? {} : { localizations: { [other.lang]: { title: other.title, description: other.description } } }),
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
 * const body = toPayloads(post, 'youtube', { accounts: 'bilingual' }).bilingual[0].body
 * await youtube.videos.update({ part: ['snippet', 'localizations'], requestBody: { id, ...body, snippet: mergeYouTubeSnippet(video.snippet, body.snippet) } })
 */
export function mergeYouTubeSnippet<Current extends YouTubeCurrentSnippet>(current: Current, ours: YouTubeVideo['snippet']): Current & YouTubeVideo['snippet'] {
  const defined = Object.fromEntries(Object.entries(ours).filter(([, value]) => value !== undefined)) as YouTubeVideo['snippet']
  return { ...current, ...defined }
}
