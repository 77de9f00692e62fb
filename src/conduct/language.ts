import type { Lang } from '../post/language.js'

/**
 * Frequent function words of each language, left out when the other language
 * writes them too (`a`, `on`, `me`, `but`, `or`): a comment is classed by which
 * list its words fall in most.
 */
const stopWords: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set('the and is are was were you your i my we our they their this that it of to in for with not have has be been will would what why how when where who can could do does did please thanks thank just so if about from at by an any there here no yes'.split(' ')),
  fr: new Set('le la les et est sont vous votre vos je nous ils elles il elle de du des un une que qui pour pas ne avec sur dans mon ma mes ce cette ces merci bonjour très mais ou où au aux aussi quand pourquoi comment être été fait peut leur qu c j ai suis avez svp oui non y'.split(' ')),
}

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
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  let en = 0
  let fr = 0
  for (const word of words) {
    if (stopWords.en.has(word)) en++
    if (stopWords.fr.has(word)) fr++
  }
  if (en === 0 && fr === 0) return 'unknown'
  if (en >= 2 * fr) return 'en'
  if (fr >= 2 * en) return 'fr'
  return 'unknown'
}
