import type { Lang } from './language.js'
import { isLetter } from './categories.js'

/**
 * Frequent function words of each language, left out when the other language
 * writes them too (`a`, `on`, `me`, `but`, `or`, `en`, `est` in English words…):
 * a text is classed by which list its words fall in most.
 */
export const stopWords: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(
    'the and is are was were you your i my we our they their this that it of to in for with not have has be been will would what why how when where who can could do does did please thanks thank just so if about from at by an any there here no yes more which'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les et est sont vous votre vos je nous ils elles il elle de du des un une que qui pour pas ne avec sur dans mon ma mes ce cette ces merci bonjour très mais ou où au aux aussi quand pourquoi comment être été fait peut leur leurs qu c j ai suis avez svp oui non y par plus sera notre ses comme avoir'.split(
      ' ',
    ),
  ),
}

/** Longest stop word in UTF-16 units: a longer word is counted without being looked up. */
const longestStopWord = Math.max(...[...stopWords.en, ...stopWords.fr].map((word) => word.length))

/**
 * How many English and French function words `text` holds, and how many words
 * (runs of letters, `\p{L}+`) in all. Scans the lower-cased text code point by
 * code point: only words short enough to be a stop word are cut out and looked up.
 */
export function stopWordCounts(text: string): { en: number; fr: number; words: number } {
  const lower = text.toLowerCase()
  let en = 0
  let fr = 0
  let words = 0
  let start = -1
  for (let i = 0; i <= lower.length;) {
    const code = i < lower.length ? (lower.codePointAt(i) as number) : -1
    if (code !== -1 && isLetter(code)) {
      if (start === -1) start = i
    } else if (start !== -1) {
      words++
      if (i - start <= longestStopWord) {
        const word = lower.slice(start, i)
        if (stopWords.en.has(word)) en++
        if (stopWords.fr.has(word)) fr++
      }
      start = -1
    }
    i += code > 0xffff ? 2 : 1
  }
  return { en, fr, words }
}
