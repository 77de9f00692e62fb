import type { Lang } from '../post/language.js'
import { stopWordCounts } from '../text/stop-words.js'

/**
 * The official language a comment is written in, from its function words, so
 * the reply can be written in the commenter's language. `unknown` when the
 * comment has too few such words or mixes both evenly.
 *
 * @example
 * detectLanguage('Pourquoi le bureau est-il fermé?') // 'fr'
 * detectLanguage('Why is the office closed?') // 'en'
 * detectLanguage('OK 👍') // 'unknown'
 */
export function detectLanguage(text: string): Lang | 'unknown' {
  const { en, fr } = stopWordCounts(text)
  if (en === 0 && fr === 0) return 'unknown'
  if (en >= 2 * fr) return 'en'
  if (fr >= 2 * en) return 'fr'
  return 'unknown'
}
