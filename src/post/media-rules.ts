import type { Lang } from './language.js'
import { languages } from './language.js'
import type { Media } from './schema.js'
import { getPlatform, platformSettings, type PlatformOverrides } from '../platforms/registry.js'
import type { MediaKind, MediaRules, PlatformId } from '../platforms/types.js'
import { codePointLength, graphemeLength } from '../text/unicode.js'

/**
 * Media types by file extension, for URLs that carry no `mimeType`. Only
 * types some platform's table names; an extension not listed leaves the
 * format unknown, and an unknown format is not reported (the sender's upload
 * will tell).
 */
const typesByExtension: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  jfif: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  avif: 'image/avif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  qt: 'video/quicktime',
  webm: 'video/webm',
  ogv: 'video/ogg',
  ts: 'video/mp2t',
  mpg: 'video/mpeg',
  mpeg: 'video/mpeg',
  avi: 'video/x-msvideo',
  wmv: 'video/x-ms-wmv',
  flv: 'video/x-flv',
  '3gp': 'video/3gpp',
}

/**
 * The media type of an item: its `mimeType`, else the one its URL's extension
 * says (path only, query and fragment ignored), else undefined.
 *
 * @example
 * mediaFormatOf({ type: 'image', url: 'media/poster.JPG?v=2', alt }) // 'image/jpeg'
 */
export function mediaFormatOf(media: Pick<Media, 'url' | 'mimeType'>): string | undefined {
  if (media.mimeType !== undefined) return media.mimeType
  if (media.url === undefined) return undefined
  const path = media.url.replace(/[?#].*$/s, '')
  const dot = path.lastIndexOf('.')
  if (dot === -1 || dot < path.lastIndexOf('/')) return undefined
  return typesByExtension[path.slice(dot + 1).toLowerCase()]
}

/** True when `url` is an absolute `http:` or `https:` URL. */
export function isAbsoluteHttpUrl(url: string): boolean {
  return /^https?:\/\/[^/?#\s]/i.test(url) && URL.canParse(url)
}

/** The `mediaBaseUrl` option, refused with `error` unless it is an absolute http(s) URL. */
export function checkMediaBaseUrl(value: unknown, error: (message: string) => Error): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !isAbsoluteHttpUrl(value)) {
    throw error(`Option "mediaBaseUrl" must be an absolute https URL such as "https://cdn.example.ca/posts/"; got ${JSON.stringify(value)}.`)
  }
  return value
}

/**
 * The URL of a media item once a relative path is resolved against
 * `mediaBaseUrl` (`media/poster.jpg` + `https://cdn.example.ca/posts/` →
 * `https://cdn.example.ca/posts/media/poster.jpg`). An absolute URL, or no
 * base, leaves it as written.
 */
export function resolveMediaUrl(url: string, mediaBaseUrl: string | undefined): string {
  if (mediaBaseUrl === undefined || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url
  return new URL(url, mediaBaseUrl).href
}

/**
 * Hosts no platform can fetch from: loopback, private and link-local
 * addresses, and names reserved for local use (RFC 6761 `localhost`,
 * `.local`, `.internal`, `.test`, `.invalid`).
 */
function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (host === 'localhost' || /\.(localhost|local|internal|test|invalid|lan|home\.arpa)$/.test(host)) return true
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host)
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])]
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)
  }
  // IPv6 loopback, unspecified, unique-local (fc00::/7) and link-local (fe80::/10).
  return host === '::1' || host === '::' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)
}

/** Which rule a media problem belongs to: the `check()` rule id, and the `PayloadError`'s. */
export type MediaRuleId = 'media/required' | 'media/count' | 'media/format' | 'media/url' | 'media/alt-text' | 'length/alt-text'

/**
 * One way a post's media breaks a platform's rules. `messageId` and `data`
 * give the message (`<ruleId>.<messageId>` in `locales/<lang>/rules.json`);
 * `data.index` is the item's number for people (1-based); `data.count`, when
 * present, is what the message's plural agrees with.
 */
export interface MediaViolation {
  readonly ruleId: MediaRuleId
  readonly messageId: string
  readonly platform: PlatformId
  /** Index of the item in `post.media` (0-based), when the problem is one item's. */
  readonly mediaIndex?: number
  /** Language of the alt text concerned, for alt-text problems. */
  readonly lang?: Lang
  readonly data: Readonly<Record<string, string | number>>
}

/** Options that change which media a platform takes: limit overrides (a Mastodon instance) and the base of relative media paths. */
export interface MediaRuleOptions {
  readonly limits?: PlatformOverrides
  readonly mediaBaseUrl?: string
}

/** The alt-text limit of one kind of media on a platform: 0 when the platform takes no alt text for it, undefined when it has no limit. */
export function altTextLimit(rules: MediaRules, kind: MediaKind, general: number | undefined): number | undefined {
  return rules.altText?.[kind] ?? general
}

/** Length of an alt text the way the platform counts it. */
export function altTextLength(rules: MediaRules, text: string): number {
  return rules.altTextUnit === 'graphemes' ? graphemeLength(text) : codePointLength(text)
}

function kindsOf(media: readonly Media[]): Record<MediaKind, number> {
  const counts = { image: 0, gif: 0, video: 0 }
  for (const item of media) counts[item.type]++
  return counts
}

function accepts(formats: readonly string[], format: string): boolean {
  return formats.some((accepted) => accepted === format || (accepted.endsWith('/*') && format.startsWith(accepted.slice(0, -1))))
}

function countViolations(media: readonly Media[], platform: PlatformId, rules: MediaRules, limit: number | undefined): MediaViolation[] {
  const found: MediaViolation[] = []
  const count = media.length
  if (count < rules.minimum) found.push({ ruleId: 'media/required', messageId: 'message', platform, data: { total: count, minimum: rules.minimum } })
  if (limit !== undefined && count > limit) {
    found.push({ ruleId: 'media/count', messageId: 'tooMany', platform, mediaIndex: limit, data: { index: limit + 1, total: count, limit, count: limit } })
    return found
  }
  const seen = { image: 0, gif: 0, video: 0 }
  const kinds = kindsOf(media)
  media.forEach((item, mediaIndex) => {
    const kind = item.type
    seen[kind]++
    const most = rules.perKind[kind]
    // A kind the platform does not take at all is a format problem (media/format), not a count.
    if (most > 0 && seen[kind] === most + 1) {
      found.push({ ruleId: 'media/count', messageId: 'tooManyOfKind', platform, mediaIndex, data: { index: mediaIndex + 1, kind, total: kinds[kind], limit: most, count: most } })
    } else if (rules.alone.includes(kind) && count > kinds[kind] && seen[kind] <= most) {
      // Only when other kinds share the post: two videos and nothing else are a count of videos (above).
      found.push({ ruleId: 'media/count', messageId: 'notAlone', platform, mediaIndex, data: { index: mediaIndex + 1, kind, total: count } })
    }
  })
  return found
}

function formatViolation(item: Media, mediaIndex: number, platform: PlatformId, rules: MediaRules): MediaViolation | undefined {
  const accepted = rules.formats[item.type]
  const index = mediaIndex + 1
  if (accepted.length === 0) return { ruleId: 'media/format', messageId: 'kind', platform, mediaIndex, data: { index, kind: item.type } }
  const format = mediaFormatOf(item)
  if (format === undefined || accepts(accepted, format)) return undefined
  const asVideo = item.type === 'gif' && accepted.every((type) => type.startsWith('video/'))
  return { ruleId: 'media/format', messageId: asVideo ? 'gifAsVideo' : 'format', platform, mediaIndex, data: { index, kind: item.type, format, accepted: accepted.join(', ') } }
}

function urlViolation(item: Media, mediaIndex: number, platform: PlatformId, mediaBaseUrl: string | undefined): MediaViolation | undefined {
  const index = mediaIndex + 1
  const base = { ruleId: 'media/url', platform, mediaIndex } as const
  if (item.url === undefined) return { ...base, messageId: 'missing', data: { index } }
  const url = resolveMediaUrl(item.url, mediaBaseUrl)
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return { ...base, messageId: 'relative', data: { index, url } }
  if (!/^https:/i.test(url)) return { ...base, messageId: 'notHttps', data: { index, url } }
  const parsed = URL.canParse(url) ? new URL(url) : undefined
  if (parsed === undefined || parsed.hostname === '') return { ...base, messageId: 'notHttps', data: { index, url } }
  if (isPrivateHost(parsed.hostname)) return { ...base, messageId: 'notPublic', data: { index, url, host: parsed.hostname } }
  return undefined
}

function altViolations(item: Media, mediaIndex: number, platform: PlatformId, rules: MediaRules, general: number | undefined): MediaViolation[] {
  const limit = altTextLimit(rules, item.type, general)
  if (limit === undefined) return []
  const index = mediaIndex + 1
  if (limit === 0) {
    const written = languages.some((lang) => item.alt[lang].trim() !== '')
    return written ? [{ ruleId: 'media/alt-text', messageId: 'dropped', platform, mediaIndex, data: { index, kind: item.type } }] : []
  }
  const found: MediaViolation[] = []
  for (const lang of languages) {
    const length = altTextLength(rules, item.alt[lang])
    if (length <= limit) continue
    found.push({ ruleId: 'length/alt-text', messageId: 'message', platform, mediaIndex, lang, data: { index, length, limit, over: length - limit, count: length - limit } })
  }
  return found
}

/**
 * Every way `media` breaks what `platform` takes, from the platform's media
 * table (src/platforms/<platform>.ts): media the platform requires
 * (`media/required`), counts and combinations (`media/count`), formats (`media/format`), URLs the platform must fetch
 * (`media/url`), alt text over the limit (`length/alt-text`) or that the
 * platform drops (`media/alt-text`). `check()` reports them as diagnostics
 * and `toPayloads()` throws a `MediaPayloadError` for them: one table, one
 * verdict. Order: counts, then item by item.
 *
 * @example
 * mediaViolations(post.media, 'instagram', { mediaBaseUrl: 'https://cdn.example.ca/' })
 * // [{ ruleId: 'media/format', messageId: 'format', platform: 'instagram', mediaIndex: 0, data: { index: 1, format: 'image/png', accepted: 'image/jpeg', … } }]
 */
export function mediaViolations(media: readonly Media[], platform: PlatformId, options: MediaRuleOptions = {}): MediaViolation[] {
  // A platform's own limits as they are (frozen constants) unless the options override them: a check asks for each platform.
  const target = getPlatform(platform)
  const limits = options.limits?.[platform] === undefined ? target.limits : platformSettings(platform, options.limits).limits
  const rules = target.media
  const found = countViolations(media, platform, rules, limits.media)
  media.forEach((item, mediaIndex) => {
    const format = formatViolation(item, mediaIndex, platform, rules)
    if (format !== undefined) found.push(format)
    if (rules.fetchesUrl) {
      const url = urlViolation(item, mediaIndex, platform, options.mediaBaseUrl)
      if (url !== undefined) found.push(url)
    }
    found.push(...altViolations(item, mediaIndex, platform, rules, limits.altText))
  })
  return found
}
