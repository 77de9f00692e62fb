import { codePointLength, utf8Length } from '../text/unicode.js'
import { constraint, labelThenUrl, measurementOf } from './measurement.js'
import type { MediaRules, Platform } from './types.js'

const angleBrackets = /[<>]/g

/**
 * YouTube: the payload is the metadata of one video (`videos.insert` /
 * `videos.update`), so a post's media is that video, alone; YouTube has no
 * alt-text field (describe the video in its description or captions). Formats:
 * those YouTube Help lists as supported (.MOV, .MPEG-1/2, .MP4, .MPG, .AVI,
 * .WMV, .MPEGPS, .FLV, 3GPP, WebM; https://support.google.com/youtube/troubleshooter/2888402,
 * not in the search corpus: verify).
 */
export const youtubeMedia: MediaRules = {
  minimum: 0,
  perKind: { image: 0, gif: 0, video: 1 },
  alone: ['video'],
  formats: {
    image: [],
    gif: [],
    video: ['video/mp4', 'video/quicktime', 'video/mpeg', 'video/x-msvideo', 'video/x-ms-wmv', 'video/x-flv', 'video/3gpp', 'video/webm'],
  },
  fetchesUrl: false,
  altText: { video: 0 },
}

/**
 * YouTube Data API `videos` snippet: the title takes 100 characters, the
 * description 5,000 bytes (UTF-8), and neither may contain `<` or `>`.
 * Measure a title with `{ field: 'title' }`.
 */
export const youtube: Platform = {
  id: 'youtube',
  displayName: 'YouTube',
  unit: 'bytes',
  limits: Object.freeze({ text: 5000, title: 100, displayName: 100, bio: 1000, media: 1 }),
  takesLanguageTag: true,
  media: youtubeMedia,
  measure(text, options = {}) {
    const forbidden = constraint('forbidden-characters', 'characters', text.match(angleBrackets)?.length ?? 0, 0)
    if (options.field === 'title') {
      return measurementOf(youtube, options, codePointLength(text), [forbidden], 'characters', 100)
    }
    return measurementOf(youtube, options, utf8Length(text), [forbidden])
  },
  formatLink: labelThenUrl,
}
