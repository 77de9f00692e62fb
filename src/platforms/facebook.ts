import { labelThenUrl, measurementOf } from './measurement.js'
import type { Platform } from './types.js'

/** Facebook Page feed `message`: 63,206 characters, counted in UTF-16 units (the safe reading). */
export const facebook: Platform = {
  id: 'facebook',
  displayName: 'Facebook',
  unit: 'utf16',
  limits: { text: 63_206, altText: 1000, displayName: 75, bio: 255 },
  takesLanguageTag: false,
  measure(text, options = {}) {
    return measurementOf(facebook, options, text.length)
  },
  formatLink: labelThenUrl,
}
