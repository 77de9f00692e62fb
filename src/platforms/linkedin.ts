import { labelThenUrl, measurementOf } from './measurement.js'
import type { Platform } from './types.js'

/**
 * LinkedIn Posts API `commentary`: 3,000 characters. LinkedIn's services are
 * Java, whose string length is in UTF-16 units, so we count those: an emoji
 * or a math-bold letter counts 2, which is the safe reading of the limit.
 */
export const linkedin: Platform = {
  id: 'linkedin',
  displayName: 'LinkedIn',
  unit: 'utf16',
  limits: { text: 3000, altText: 4086, displayName: 100, bio: 2000 },
  takesLanguageTag: false,
  measure(text, options = {}) {
    return measurementOf(linkedin, options, text.length)
  },
  formatLink: labelThenUrl,
}
