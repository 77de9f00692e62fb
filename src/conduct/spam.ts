import { foldPlain } from './fold.js'

/** A stretch of text repeated back to back, e.g. the same sentence pasted three times. */
export interface Repetition {
  readonly start: number
  readonly end: number
  /** Words in the repeated block. */
  readonly words: number
  readonly copies: number
}

interface Word {
  readonly key: string
  readonly start: number
  readonly end: number
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ key: foldPlain(match[0]), start: match.index, end: match.index + match[0].length }))
}

/**
 * Blocks of words repeated back to back: three copies or more of a block
 * (six words in all at least: `buy buy buy buy buy buy`, `great deal great deal great deal`),
 * or two copies of a block of five words or more (a sentence pasted twice).
 * Ordinary emphasis (`very very good`) is not repetition.
 */
export function findRepetitions(text: string): Repetition[] {
  const words = wordsOf(text)
  const found: Repetition[] = []
  let i = 0
  while (i < words.length) {
    let best: { size: number; copies: number } | undefined
    for (let size = 1; size <= 12 && i + 2 * size <= words.length; size++) {
      let copies = 1
      while (i + (copies + 1) * size <= words.length && sameBlock(words, i, i + copies * size, size)) copies++
      const spammy = (copies >= 3 && copies * size >= 6) || (copies >= 2 && size >= 5)
      if (spammy && (best === undefined || copies * size > best.copies * best.size)) best = { size, copies }
    }
    if (best === undefined) {
      i++
      continue
    }
    const last = words[i + best.copies * best.size - 1]
    const first = words[i]
    if (first !== undefined && last !== undefined) found.push({ start: first.start, end: last.end, words: best.size, copies: best.copies })
    i += best.copies * best.size
  }
  return found
}

function sameBlock(words: readonly Word[], a: number, b: number, size: number): boolean {
  for (let k = 0; k < size; k++) if (words[a + k]?.key !== words[b + k]?.key) return false
  return true
}
