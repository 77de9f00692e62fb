import type { Lang } from '../post/language.js'

/**
 * Frequent function words of each language, left out when the other language
 * writes them too (`a`, `on`, `me`, `but`, `or`, `en`, `est` in English words…):
 * a text is classed by which list its words fall in most.
 */
const stopWords: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set('the and is are was were you your i my we our they their this that it of to in for with not have has be been will would what why how when where who can could do does did please thanks thank just so if about from at by an any there here no yes more which'.split(' ')),
  fr: new Set('le la les et est sont vous votre vos je nous ils elles il elle de du des un une que qui pour pas ne avec sur dans mon ma mes ce cette ces merci bonjour très mais ou où au aux aussi quand pourquoi comment être été fait peut leur leurs qu c j ai suis avez svp oui non y par plus sera notre ses comme avoir'.split(' ')),
}

/** How many English and French function words `text` holds, and how many words in all. */
export function stopWordCounts(text: string): { en: number; fr: number; words: number } {
  let en = 0
  let fr = 0
  let words = 0
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++
    if (stopWords.en.has(match[0])) en++
    if (stopWords.fr.has(match[0])) fr++
  }
  return { en, fr, words }
}
