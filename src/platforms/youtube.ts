import { codePointLength, utf8Length } from '../text/unicode.js'
import { constraint, labelThenUrl, measurementOf } from './measurement.js'
import type { Platform } from './types.js'

const angleBrackets = /[<>]/g

/**
 * YouTube Data API `videos` snippet: the title takes 100 characters, the
 * description 5,000 bytes (UTF-8), and neither may contain `<` or `>`.
 * Measure a title with `{ field: 'title' }`.
 */
export const youtube: Platform = {
  id: 'youtube',
  displayName: 'YouTube',
  unit: 'bytes',
  limits: { text: 5000, title: 100, displayName: 100, bio: 1000 },
  takesLanguageTag: true,
  measure(text, options = {}) {
    const forbidden = constraint('forbidden-characters', 'characters', text.match(angleBrackets)?.length ?? 0, 0)
    if (options.field === 'title') {
      return measurementOf(youtube, options, codePointLength(text), [forbidden], 'characters', 100)
    }
    return measurementOf(youtube, options, utf8Length(text), [forbidden])
  },
  formatLink: labelThenUrl,
}
