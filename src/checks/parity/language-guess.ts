/** Words frequent in one language and rare in the other (ambiguous ones such as `a`, `on`, `en`, `est` left out). */
const stopWords = {
  en: new Set('the and of to is for in you your with are will be this that from by we our it as have has not or can their was were what when which who how about more'.split(' ')),
  fr: new Set('le la les des du et pour dans vous votre vos avec sont sera une au aux nous notre ce cette qui que sur par pas ou ses leur leurs plus été sont être avoir fait comme'.split(' ')),
}

/** Counts of English and French stop words in `text`, and the number of words. */
export function stopWordCounts(text: string): { en: number; fr: number; words: number } {
  let en = 0
  let fr = 0
  let words = 0
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0]
    words++
    if (stopWords.en.has(word)) en++
    if (stopWords.fr.has(word)) fr++
  }
  return { en, fr, words }
}

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
