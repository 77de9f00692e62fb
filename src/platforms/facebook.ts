import { labelThenUrl, measurementOf } from './measurement.js'
import type { MediaRules, Platform } from './types.js'

/**
 * Facebook Page media: photos are uploaded (`POST /{page-id}/photos` with
 * `published: false`) and attached to the feed post (`attached_media`); a video
 * is a post of its own (`POST /{page-id}/videos`), so it goes alone. Photo
 * formats JPEG, PNG, GIF, BMP, TIFF; videos MP4 or MOV (Graph API reference,
 * "Page Photos" https://developers.facebook.com/docs/graph-api/reference/page/photos
 * and "Video" upload; the corpus held the reference page without its format list:
 * verify). No count limit is documented for `attached_media`.
 */
export const facebookMedia: MediaRules = {
  minimum: 0,
  perKind: { image: Number.POSITIVE_INFINITY, gif: Number.POSITIVE_INFINITY, video: 1 },
  alone: ['video'],
  formats: { image: ['image/jpeg', 'image/png', 'image/bmp', 'image/tiff'], gif: ['image/gif'], video: ['video/mp4', 'video/quicktime'] },
  fetchesUrl: false,
}

/** Facebook Page feed `message`: 63,206 characters, counted in UTF-16 units (the safe reading). */
export const facebook: Platform = {
  id: 'facebook',
  displayName: 'Facebook',
  unit: 'utf16',
  limits: Object.freeze({ text: 63_206, altText: 1000, displayName: 75, bio: 255 }),
  takesLanguageTag: false,
  media: facebookMedia,
  measure(text, options = {}) {
    return measurementOf(facebook, options, text.length)
  },
  formatLink: labelThenUrl,
}
