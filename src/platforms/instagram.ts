import { extractHashtags, extractMentions } from '../text/social-entities.js'
import { constraint, labelThenUrl, measurementOf } from './measurement.js'
import type { MediaRules, Platform } from './types.js'

/**
 * Instagram media (Content Publishing,
 * https://developers.facebook.com/docs/instagram-platform/content-publishing/):
 * every post is media; "we cURL media used in publishing attempts, so the
 * media must be hosted on a publicly accessible server"; JPEG is the only image
 * format; videos (Reels) MP4 or MOV; `alt_text` is "for image posts"
 * ("Reels and stories are not supported"). Carousels (up to 10 items) need a
 * container per item and are not built by this library: one item per post.
 */
export const instagramMedia: MediaRules = {
  minimum: 1,
  perKind: { image: 1, gif: 0, video: 1 },
  alone: [],
  formats: { image: ['image/jpeg'], gif: [], video: ['video/mp4', 'video/quicktime'] },
  fetchesUrl: true,
  altText: { video: 0 },
}

/**
 * Instagram caption (Graph API content publishing): 2,200 characters (UTF-16
 * units, the safe reading), at most 30 hashtags and 20 @-mentions.
 */
export const instagram: Platform = {
  id: 'instagram',
  displayName: 'Instagram',
  unit: 'utf16',
  limits: Object.freeze({ text: 2200, altText: 1000, displayName: 30, bio: 150, media: 1 }),
  takesLanguageTag: false,
  media: instagramMedia,
  measure(text, options = {}) {
    return measurementOf(instagram, options, text.length, [constraint('hashtags', 'hashtags', extractHashtags(text).length, 30), constraint('mentions', 'mentions', extractMentions(text).length, 20)])
  },
  // Captions do not link; the URL is still shown so readers can copy it.
  formatLink: labelThenUrl,
}
