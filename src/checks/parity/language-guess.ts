import { stopWordCounts } from '../../text/stop-words.js'

/**
 * Which official language `text` looks written in, from its stop words, or
 * `undefined` when it is too short or too mixed to tell.
 */
export function guessLanguage(text: string): 'en' | 'fr' | undefined {
  const { en, fr, words } = stopWordCounts(text)
  if (words < 6 || en + fr < 2) return undefined
  if (en >= 2 * fr + 2) return 'en'
  if (fr >= 2 * en + 2) return 'fr'
  return undefined
}
