import { extractHashtags, extractMentions } from '../text/social-entities.js'
import { constraint, labelThenUrl, measurementOf } from './measurement.js'
import type { Platform } from './types.js'

/**
 * Instagram caption (Graph API content publishing): 2,200 characters (UTF-16
 * units, the safe reading), at most 30 hashtags and 20 @-mentions.
 */
export const instagram: Platform = {
  id: 'instagram',
  displayName: 'Instagram',
  unit: 'utf16',
  limits: { text: 2200, altText: 1000, displayName: 30, bio: 150 },
  takesLanguageTag: false,
  measure(text, options = {}) {
    return measurementOf(instagram, options, text.length, [
      constraint('hashtags', 'hashtags', extractHashtags(text).length, 30),
      constraint('mentions', 'mentions', extractMentions(text).length, 20),
    ])
  },
  // Captions do not link; the URL is still shown so readers can copy it.
  formatLink: labelThenUrl,
}
