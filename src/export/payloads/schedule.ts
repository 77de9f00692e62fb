import { getI18n } from '../../i18n/instance.js'
import type { Bilingual, Lang } from '../../post/language.js'
import type { PlatformId } from '../../platforms/types.js'
import { type LocalizedMessage, PayloadError } from './common.js'

/**
 * When a platform accepts a scheduled time, counted from the moment of the
 * request. Each platform that has a scheduling field states its own window in
 * its payload file, with the reference it comes from.
 */
export interface ScheduleWindow {
  /** The request field that carries the time (`scheduled_at`, `scheduled_publish_time`…). */
  readonly field: string
  /** Earliest accepted time, in seconds from now (0: any time after now). */
  readonly minimumSeconds: number
  /** Latest accepted time, in seconds from now; absent when the platform states none. */
  readonly maximumSeconds?: number
}

/**
 * A post's `publishAt` as the payloads carry it, in whole seconds: Facebook
 * takes Unix seconds, and Mastodon keeps no milliseconds, so every platform
 * gets the same second and the window is checked on that second.
 */
export interface ScheduledTime {
  /** As the post gives it, offset included (`2027-02-26T09:00:00-05:00`). */
  readonly written: string
  /** The same instant in UTC, RFC 3339 (`2027-02-26T14:00:00.000Z`). */
  readonly iso: string
  readonly unixSeconds: number
}

/** The scheduled time of a post's `publishAt` (already validated as an RFC 3339 date-time with offset). */
export function scheduledTime(publishAt: string): ScheduledTime {
  const unixSeconds = Math.floor(Date.parse(publishAt) / 1000)
  return { written: publishAt, iso: new Date(unixSeconds * 1000).toISOString(), unixSeconds }
}

/** UTC time in messages, to the second: the same string in both languages. */
function utc(milliseconds: number): string {
  return new Date(milliseconds).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function duration(seconds: number, lng: Lang): string {
  const byDay = seconds % 86_400 === 0
  const key = byDay ? 'payload.duration.day' : 'payload.duration.minute'
  return getI18n().t(key, { count: byDay ? seconds / 86_400 : Math.ceil(seconds / 60), lng, ns: 'rules' })
}

/**
 * Thrown by `toPayloads` when a post's `publishAt` is outside the window a
 * platform accepts for a scheduled post (Mastodon at least 5 minutes ahead,
 * Facebook between 10 minutes and 30 days ahead, YouTube in the future). The
 * times are UTC, to the second, and the same in both languages; `message` is
 * in `messageLanguage` (English by default), `messages` in both.
 *
 * @example
 * try {
 *   toPayloads(post, 'facebook', { now: new Date() })
 * } catch (error) {
 *   if (error instanceof ScheduleWindowError) show(error.messages?.[userLang], error.earliest, error.latest)
 * }
 */
export class ScheduleWindowError extends PayloadError {
  override readonly name: string = 'ScheduleWindowError'
  constructor(
    readonly platform: PlatformId,
    /** The post's `publishAt`, as written. */
    readonly publishAt: string,
    /** Earliest accepted time (UTC, RFC 3339). */
    readonly earliest: string,
    /** Latest accepted time (UTC, RFC 3339), when the platform has one. */
    readonly latest: string | undefined,
    /** The time the window was counted from (the `now` option). */
    readonly now: string,
    message: LocalizedMessage,
    messageLanguage: Lang = 'en',
  ) {
    super(message, { messageLanguage })
  }
}

/** Throws a {@link ScheduleWindowError} (its `message` in `messageLanguage`) when `time` is outside `window` counted from `now`. */
export function checkScheduleWindow(platform: PlatformId, platformName: string, time: ScheduledTime, window: ScheduleWindow, now: Date, messageLanguage: Lang = 'en'): void {
  const at = time.unixSeconds * 1000
  const from = now.getTime()
  const earliest = from + window.minimumSeconds * 1000
  const latest = window.maximumSeconds === undefined ? undefined : from + window.maximumSeconds * 1000
  const tooSoon = window.minimumSeconds === 0 ? at <= from : at < earliest
  if (!tooSoon && (latest === undefined || at <= latest)) return
  const variant = window.minimumSeconds === 0 ? 'future' : latest === undefined ? 'after' : 'between'
  const messageKey = `payload.schedule-window.${variant}`
  const data = {
    platformName,
    field: window.field,
    publishAt: time.written,
    publishAtUtc: utc(at),
    earliest: utc(earliest),
    latest: latest === undefined ? '' : utc(latest),
    now: utc(from),
  }
  const say = (lng: Lang): string =>
    getI18n().t(messageKey, {
      ...data,
      minimum: duration(window.minimumSeconds, lng),
      maximum: window.maximumSeconds === undefined ? '' : duration(window.maximumSeconds, lng),
      lng,
      ns: 'rules',
    })
  const messages: Bilingual<string> = { en: say('en'), fr: say('fr') }
  throw new ScheduleWindowError(platform, time.written, data.earliest, latest === undefined ? undefined : data.latest, data.now, { messageKey, messages }, messageLanguage)
}
