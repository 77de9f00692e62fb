import { labelThenUrl, measurementOf } from './measurement.js'
import type { MediaRules, Platform } from './types.js'

/**
 * LinkedIn media: the Posts API body carries one `content.media` (an image
 * or a video uploaded through the Images or Videos API; multi-image posts,
 * 2–20 images, are another content type, not built here). Images JPG, PNG or
 * GIF, videos MP4 (Microsoft Learn, LinkedIn Marketing, "Images API" and
 * "Videos API"; the search corpus held only summaries of those pages, e.g.
 * https://ayrshare.com/docs/media-guidelines/linkedin). Alt text (`altText`) 4,086 characters.
 */
export const linkedinMedia: MediaRules = {
  minimum: 0,
  perKind: { image: 1, gif: 1, video: 1 },
  alone: [],
  formats: { image: ['image/jpeg', 'image/png', 'image/gif'], gif: ['image/gif'], video: ['video/mp4'] },
  fetchesUrl: false,
}

/**
 * LinkedIn Posts API `commentary`: 3,000 characters. LinkedIn's services are
 * Java, whose string length is in UTF-16 units, so we count those: an emoji
 * or a math-bold letter counts 2, which is the safe reading of the limit.
 */
export const linkedin: Platform = {
  id: 'linkedin',
  displayName: 'LinkedIn',
  unit: 'utf16',
  limits: Object.freeze({ text: 3000, altText: 4086, displayName: 100, bio: 2000, media: 1 }),
  takesLanguageTag: false,
  media: linkedinMedia,
  measure(text, options = {}) {
    return measurementOf(linkedin, options, text.length)
  },
  formatLink: labelThenUrl,
}
