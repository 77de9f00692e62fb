import { check } from '../checks/engine.js'
import type { BilingualPost } from '../post/define.js'
import { type Lang, otherLanguage } from '../post/language.js'
import { mediaViolations, resolveMediaUrl } from '../post/media-rules.js'
import type { Media } from '../post/schema.js'
import { isPlatformId, platformSettings, UnknownPlatformError } from '../platforms/registry.js'
import type { Measurement, PlatformId } from '../platforms/types.js'
import type { RenderedLink, RenderedText } from '../text/markdown.js'
import { renderDetailed } from '../platforms/render.js'
import { type AccountMode, type PayloadOptions, resolveOptions, toRfc3339 } from './options.js'
import { MediaPayloadError } from './media-error.js'
import { describeOverflow, OverflowError, type OverflowSubject } from './overflow-error.js'
import type { PartInput, ThreadItem } from './payloads/common.js'
import { PayloadError } from './payloads/common.js'
import { getI18n } from '../i18n/instance.js'
import { translateBoth } from '../i18n/messages.js'
import { type BuildContext, builders, type LocalizedBuilder, type PayloadBodies, type TextBuilder } from './payloads/registry.js'
import { checkScheduleWindow, scheduledTime } from './payloads/schedule.js'
import type { YouTubeVersion } from './payloads/youtube.js'
import { splitThreadPair, splitThreadSections, ThreadSplitError } from '../platforms/thread.js'
import { frozenCopy } from '../text/frozen.js'

/** A thread: items in posting order, each later one naming the item it replies to. */
export type Thread<Body> = ThreadItem<Body>[]

/** Payloads for paired accounts: one thread per language. */
export interface SeparatePayloads<Body> {
  readonly platform: PlatformId
  readonly accounts: 'separate'
  readonly en: Thread<Body>
  readonly fr: Thread<Body>
}

/** Payloads for one account that posts in both languages: one thread of bilingual posts. */
export interface BilingualPayloads<Body> {
  readonly platform: PlatformId
  readonly accounts: 'bilingual'
  /** The two languages, in the order they appear in each post. */
  readonly langs: readonly [Lang, Lang]
  readonly bilingual: Thread<Body>
}

/** What {@link toPayloads} returns for platform `P` in account mode `A`. */
export type PayloadSet<P extends PlatformId, A extends AccountMode = AccountMode> = A extends 'bilingual' ? BilingualPayloads<PayloadBodies[P]> : SeparatePayloads<PayloadBodies[P]>

/** A text to publish as one post (or a thread), with the languages it holds. */
interface Source {
  readonly subject: OverflowSubject
  readonly langs: readonly Lang[]
  readonly rendered: RenderedText
}

function combine(first: RenderedText, second: RenderedText, separator: string): RenderedText {
  const shift = first.text.length + separator.length
  return {
    text: first.text + separator + second.text,
    spans: [],
    links: [...first.links, ...second.links.map((link) => ({ ...link, start: link.start + shift, end: link.end + shift }))],
  }
}

function orderOf(order: 'en-first' | 'fr-first'): readonly [Lang, Lang] {
  return order === 'en-first' ? ['en', 'fr'] : ['fr', 'en']
}

/** Where each part (numbering removed) starts in the text it was split from, and the links that fall in it. */
function locateParts(text: string, parts: readonly string[], links: readonly RenderedLink[], numbering: boolean) {
  let cursor = 0
  return parts.map((part, index) => {
    const suffix = parts.length > 1 && numbering ? ` ${index + 1}/${parts.length}` : ''
    const content = part.slice(0, part.length - suffix.length)
    const start = text.indexOf(content, cursor)
    if (start === -1) throw new Error('Internal error: a thread part is not a piece of the text it was split from.')
    cursor = start + content.length
    const inside = links.filter((link) => link.start >= start && link.end <= cursor).map((link) => ({ ...link, start: link.start - start, end: link.end - start }))
    return { text: part, links: inside, start, end: cursor }
  })
}

function overflowDiagnostics(post: BilingualPost, platform: PlatformId, options: PayloadOptions) {
  return check(post, {
    platforms: [platform],
    preset: 'none',
    rules: { 'length/over-limit': 'error' },
    // The error offers a thread: its diagnostics say of how many parts.
    threadParts: true,
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  }).diagnostics
}

function overflowError(
  post: BilingualPost,
  platform: PlatformId,
  over: ReadonlyArray<{ subject: OverflowSubject; measurement: Measurement }>,
  options: PayloadOptions,
  /** Key under `payload.overflow.remedy` of the sentence saying what to do, and its data. */
  remedy: string,
  remedyData: Readonly<Record<string, unknown>> = {},
  cause?: unknown,
): OverflowError {
  const name = platformSettings(platform).platform.displayName
  const langs = [...new Set(over.flatMap(({ subject }) => (subject === 'bilingual' ? (['en', 'fr'] as const) : [subject])))]
  const measurements = Object.fromEntries(over.map(({ subject, measurement }) => [subject, measurement]))
  const say = (lng: Lang) => {
    const what = over.map(({ subject, measurement }) => describeOverflow(subject, measurement, name, lng)).join(' ')
    return `${what} ${getI18n().t(`payload.overflow.remedy.${remedy}`, { platformName: name, ...remedyData, lng, ns: 'rules' })}`
  }
  const messages = { en: say('en'), fr: say('fr') }
  const { messageLanguage } = resolveOptions(options)
  return new OverflowError(platform, langs, measurements, overflowDiagnostics(post, platform, options), messages, {
    messageLanguage,
    ...(cause === undefined ? {} : { cause }),
  })
}

function altIn(langs: readonly Lang[], separator: string): (media: Media) => string {
  return (media) => langs.map((lang) => media.alt[lang]).join(separator)
}

/**
 * Refuses media the platform does not take, from the same table and with the
 * same words as `check()`'s `media/…` and `length/alt-text` diagnostics. An
 * alt text the platform drops (`media/alt-text`) is a warning, not a refusal.
 */
function checkMedia(post: BilingualPost, platform: PlatformId, options: PayloadOptions): void {
  const { mediaBaseUrl, messageLanguage } = resolveOptions(options)
  const refused = mediaViolations(post.media, platform, {
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    ...(mediaBaseUrl === undefined ? {} : { mediaBaseUrl }),
  }).filter((violation) => violation.ruleId !== 'media/alt-text')
  const [first, ...more] = refused
  if (first !== undefined) throw new MediaPayloadError([first, ...more], messageLanguage)
}

/** The post's media with relative paths resolved against `mediaBaseUrl`. */
function resolvedMedia(media: readonly Media[], mediaBaseUrl: string | undefined): readonly Media[] {
  if (mediaBaseUrl === undefined) return media
  return media.map((item) => (item.url === undefined ? item : { ...item, url: resolveMediaUrl(item.url, mediaBaseUrl) }))
}

function textPayloads<Body>(post: BilingualPost, platform: PlatformId, builder: TextBuilder<Body>, options: PayloadOptions, context: BuildContext) {
  const { accounts, order, overflow, separator, numbering, mediaBaseUrl } = resolveOptions(options)
  const media = resolvedMedia(post.media, mediaBaseUrl)
  const rendered = { en: renderDetailed(post.en, platform), fr: renderDetailed(post.fr, platform) }
  const langs = orderOf(order)
  const sources: Source[] =
    accounts === 'separate'
      ? [
          { subject: 'en', langs: ['en'], rendered: rendered.en },
          { subject: 'fr', langs: ['fr'], rendered: rendered.fr },
        ]
      : [{ subject: 'bilingual', langs, rendered: combine(rendered[langs[0]], rendered[langs[1]], separator) }]
  const { platform: target, measureOptions } = platformSettings(platform, options.limits)
  const over = sources.map((source) => ({ subject: source.subject, measurement: target.measure(source.rendered.text, measureOptions) })).filter(({ measurement }) => !measurement.withinLimit)
  let split: string[][] = sources.map((source) => [source.rendered.text])
  if (over.length > 0) {
    // Separate accounts are a remedy only when they make the text fit: each language alone within the limit.
    const separateFits = accounts === 'bilingual' && target.measure(rendered.en.text, measureOptions).withinLimit && target.measure(rendered.fr.text, measureOptions).withinLimit
    if (overflow === 'error') throw overflowError(post, platform, over, options, separateFits ? 'threadOrSeparate' : 'thread')
    if (!builder.threads) throw overflowError(post, platform, over, options, separateFits ? 'noThreadsOrSeparate' : 'noThreads')
    const threadOptions = { numbering, ...(options.limits === undefined ? {} : { limits: options.limits }) }
    try {
      if (accounts === 'separate') {
        const pair = splitThreadPair(rendered.en.text, rendered.fr.text, platform, threadOptions)
        split = [pair.en, pair.fr]
      } else split = [splitThreadSections([rendered[langs[0]].text, rendered[langs[1]].text], platform, threadOptions)]
    } catch (error) {
      if (!(error instanceof ThreadSplitError)) throw error
      throw overflowError(post, platform, over, options, 'unsplittable', { offset: error.offset }, error)
    }
  }
  // Media after length, so a text that fits nowhere is told first (as before media were checked).
  checkMedia(post, platform, options)
  // Where the second language starts in a bilingual text, so each part says which language(s) it holds.
  const secondStart = accounts === 'bilingual' ? rendered[langs[0]].text.length + separator.length : 0
  const partLangs = (source: Source, start: number, end: number): readonly Lang[] => {
    if (source.subject !== 'bilingual') return source.langs
    const held = source.langs.filter((_, i) => (i === 0 ? start < secondStart - separator.length : end > secondStart))
    return held.length === 0 ? source.langs : held
  }
  const threads = sources.map((source, s) => {
    const parts = locateParts(source.rendered.text, split[s] as string[], source.rendered.links, numbering)
    return parts.map((located, index): ThreadItem<Body> => {
      const part: PartInput = {
        text: located.text,
        langs: partLangs(source, located.start, located.end),
        links: located.links,
        index,
        total: parts.length,
        media: index === 0 ? media : [],
        alt: altIn(source.langs, separator),
      }
      const built = builder.build(part, context)
      return { body: built.body, ...(index === 0 ? {} : { replyTo: index - 1 }), ...(built.media === undefined ? {} : { media: built.media }) }
    })
  })
  return accounts === 'separate' ? { platform, accounts, en: threads[0] as Thread<Body>, fr: threads[1] as Thread<Body> } : { platform, accounts, langs, bilingual: threads[0] as Thread<Body> }
}

function localizedPayloads<Body>(post: BilingualPost, platform: PlatformId, builder: LocalizedBuilder<Body>, options: PayloadOptions, context: BuildContext) {
  const { accounts, order } = resolveOptions(options)
  const title = post.title
  if (title === undefined) {
    const messageKey = 'payload.title.missing'
    const messages = translateBoth(messageKey, { platformName: platformSettings(platform).platform.displayName })
    throw new PayloadError({ messageKey, messages }, { messageLanguage: context.messageLanguage })
  }
  const { platform: target, measureOptions } = platformSettings(platform, options.limits)
  const version = (lang: Lang): YouTubeVersion => ({ lang, title: title[lang], description: renderDetailed(post[lang], platform).text })
  const versions = { en: version('en'), fr: version('fr') }
  const over: Array<{ subject: OverflowSubject; measurement: Measurement }> = []
  for (const lang of ['en', 'fr'] as const) {
    const description = target.measure(versions[lang].description, measureOptions)
    const heading = target.measure(versions[lang].title, { field: 'title' })
    if (!description.withinLimit) over.push({ subject: lang, measurement: description })
    else if (!heading.withinLimit) over.push({ subject: lang, measurement: heading })
  }
  if (over.length > 0) throw overflowError(post, platform, over, options, 'localized')
  checkMedia(post, platform, options)
  if (accounts === 'separate') {
    return { platform, accounts, en: [{ body: builder.build(versions.en, undefined, context) }], fr: [{ body: builder.build(versions.fr, undefined, context) }] }
  }
  const langs = orderOf(order)
  return { platform, accounts, langs, bilingual: [{ body: builder.build(versions[langs[0]], versions[otherLanguage(langs[0])], context) }] }
}

/**
 * Turns a bilingual post into the request bodies a platform's API takes,
 * ready for a publishing system or scheduler to send (the library never calls
 * a network API). `accounts: 'separate'` gives one thread per language (paired
 * EN/FR accounts); `accounts: 'bilingual'` gives posts holding both languages
 * (order `en-first` or `fr-first`, a blank line between). A text past the
 * limit throws an {@link OverflowError} unless `overflow: 'thread'`, which
 * splits it into numbered parts (English and French with the same count where
 * both can). Nothing is ever truncated.
 *
 * @throws {OverflowError} when a text is over the limit and cannot or may not be threaded.
 * @throws {PayloadError} when the post lacks what the platform needs (a YouTube title or category, an Instagram image, a LinkedIn author).
 * @throws {ScheduleWindowError} (a `PayloadError`) when `post.publishAt` is outside the platform's scheduling window, counted from `options.now`.
 * @throws {MediaPayloadError} (a `PayloadError`) when its media break the platform's rules: count, format, URL, alt text.
 * @example
 * const out = toPayloads(post, 'x', { accounts: 'separate', overflow: 'thread' })
 * // out.en: [{ body: { text: '… 1/2' } }, { body: { text: '… 2/2' }, replyTo: 0 }]
 * const bsky = toPayloads(post, 'bluesky', { accounts: 'bilingual', order: 'fr-first', now: '2026-06-01T13:00:00Z' })
 * // bsky.bilingual[0].body: { $type: 'app.bsky.feed.post', text, createdAt, langs: ['fr-CA', 'en-CA'], facets }
 * const scheduled = definePost({ en, fr, publishAt: '2027-02-26T09:00:00-05:00' })
 * toPayloads(scheduled, 'facebook', { now: '2027-02-25T15:00:00Z' }).en[0].body
 * // { message, published: false, scheduled_publish_time: 1803650400 }
 */
export function toPayloads<P extends PlatformId, A extends AccountMode = 'separate'>(post: BilingualPost, platform: P, options: PayloadOptions & { readonly accounts?: A } = {}): PayloadSet<P, A> {
  if (!isPlatformId(platform)) throw new UnknownPlatformError(platform)
  const builder = builders[platform] as TextBuilder<PayloadBodies[P]> | LocalizedBuilder<PayloadBodies[P]>
  const { messageLanguage } = resolveOptions(options)
  const now = new Date(toRfc3339(options.now ?? new Date(), 'options.now'))
  const scheduled = post.publishAt === undefined || builder.schedule === undefined ? undefined : scheduledTime(post.publishAt)
  if (scheduled !== undefined && builder.schedule !== undefined) {
    checkScheduleWindow(platform, platformSettings(platform).platform.displayName, scheduled, builder.schedule, now, messageLanguage)
  }
  const context: BuildContext = {
    options,
    messageLanguage,
    createdAt: post.publishAt === undefined ? now.toISOString() : toRfc3339(post.publishAt, 'post.publishAt'),
    ...(scheduled === undefined ? {} : { scheduled }),
  }
  const result = builder.kind === 'text' ? textPayloads(post, platform, builder, options, context) : localizedPayloads(post, platform, builder, options, context)
  // A frozen copy: payloads may hold values of the host's options (an author URN, a visibility), left as they were.
  return frozenCopy(result) as PayloadSet<P, A>
}
