import type { Lang } from '../post/language.js'
import { isLetter } from './categories.js'

/**
 * Frequent function words of each language, left out when the other language
 * writes them too (`a`, `on`, `me`, `but`, `or`, `en`, `est` in English words…):
 * a text is classed by which list its words fall in most.
 */
export const stopWords: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set('the and is are was were you your i my we our they their this that it of to in for with not have has be been will would what why how when where who can could do does did please thanks thank just so if about from at by an any there here no yes more which'.split(' ')),
  fr: new Set('le la les et est sont vous votre vos je nous ils elles il elle de du des un une que qui pour pas ne avec sur dans mon ma mes ce cette ces merci bonjour très mais ou où au aux aussi quand pourquoi comment être été fait peut leur leurs qu c j ai suis avez svp oui non y par plus sera notre ses comme avoir'.split(' ')),
}

/** A stop word and the languages that list it, as bits: 1 English, 2 French. */
type Candidate = readonly [word: string, languages: number]

/** Hash of a word's code units, as {@link stopWordCounts} computes it while it scans. */
const hashOf = (word: string) => {
  let hash = 0
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0
  return hash
}

/**
 * Stop words by the hash of their code units: a word of the text is hashed
 * while it is scanned and compared in place only with a stop word of the same
 * hash, instead of being cut out and hashed again for two sets (which was
 * most of the cost of the count).
 */
const candidates = new Map<number, Candidate[]>()
for (const word of new Set([...stopWords.en, ...stopWords.fr])) {
  const list = candidates.get(hashOf(word)) ?? []
  list.push([word, (stopWords.en.has(word) ? 1 : 0) | (stopWords.fr.has(word) ? 2 : 0)])
  candidates.set(hashOf(word), list)
}

/** The languages (bits: 1 English, 2 French) that list the word `text[start, end)`, of hash `hash`, as a stop word; 0 for none. */
function stopWordAt(text: string, start: number, end: number, hash: number): number {
  const list = candidates.get(hash)
  if (list !== undefined) for (const [word, languages] of list) if (word.length === end - start && text.startsWith(word, start)) return languages
  return 0
}

/**
 * How many English and French function words `text` holds, and how many words
 * (runs of letters, `\p{L}+`) in all. Scans the lower-cased text code point by
 * code point, asking a table whether each is a letter.
 */
export function stopWordCounts(text: string): { en: number; fr: number; words: number } {
  const lower = text.toLowerCase()
  let en = 0
  let fr = 0
  let words = 0
  let start = -1
  let hash = 0
  for (let i = 0; i <= lower.length; ) {
    const code = i < lower.length ? (lower.codePointAt(i) as number) : -1
    const width = code > 0xffff ? 2 : 1
    if (code !== -1 && isLetter(code)) {
      if (start === -1) {
        start = i
        hash = 0
      }
      hash = (Math.imul(hash, 31) + lower.charCodeAt(i)) | 0
      if (width === 2) hash = (Math.imul(hash, 31) + lower.charCodeAt(i + 1)) | 0
    } else if (start !== -1) {
      words++
      const languages = stopWordAt(lower, start, i, hash)
      en += languages & 1
      fr += languages >> 1
      start = -1
    }
    i += width
  }
  return { en, fr, words }
}
