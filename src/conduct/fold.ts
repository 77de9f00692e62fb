import { withoutMarks } from '../text/categories.js'

/**
 * Text folded for matching (lower case, no accents, typographic apostrophes and
 * dashes made plain), with a map back to the original offsets, so a match in
 * the folded text can be reported at its exact place in what the user wrote.
 */
export interface FoldedText {
  readonly text: string
  /** Original offset where the code point behind each folded unit starts. */
  readonly starts: readonly number[]
  /** Original offset where the code point behind each folded unit ends. */
  readonly ends: readonly number[]
}

const special: Readonly<Record<string, string>> = {
  œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss',
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ',
}

/** Folds one character: `É` → `e`, `’` → `'`, a no-break space → a space; a combining accent → nothing. */
export function foldCharacter(character: string): string {
  const mapped = special[character]
  if (mapped !== undefined) return mapped
  return withoutMarks(character.normalize('NFD').toLowerCase().normalize('NFD'))
}

/** Folds `text`, keeping where each folded unit came from. */
export function fold(text: string): FoldedText {
  const starts: number[] = []
  const ends: number[] = []
  return { text: foldWith(text, starts, ends), starts, ends }
}

/** Folds a string with no need for offsets (list entries, hashtags). */
export function foldPlain(text: string): string {
  return foldWith(text, undefined, undefined)
}

/** The fold of `text`; with `starts` and `ends`, also where each folded unit came from. */
function foldWith(text: string, starts: number[] | undefined, ends: number[] | undefined): string {
  let folded = ''
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      // ASCII, most of any text: lower case is all its folding (and the costly normalisations are skipped).
      folded += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[i]
      starts?.push(i)
      ends?.push(i + 1)
      i++
      continue
    }
    const character = String.fromCodePoint(text.codePointAt(i) ?? 0)
    const piece = foldCharacter(character)
    if (starts !== undefined && ends !== undefined) {
      for (let k = 0; k < piece.length; k++) {
        starts.push(i)
        ends.push(i + character.length)
      }
    }
    folded += piece
    i += character.length
  }
  return folded
}

const ligature = /[œŒæÆß]/

/** The whole-text fold by native passes: NFD, lower case, NFD, no marks, ligatures spelt out. */
function foldWhole(text: string): string {
  const folded = withoutMarks(text.normalize('NFD').toLowerCase().normalize('NFD'))
  return ligature.test(folded) ? folded.replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss') : folded
}

/** Quick folds of the code points met so far (at most {@link maxQuickFolds}, then started afresh). */
const quickFolds = new Map<number, string>()
const maxQuickFolds = 4096

function quickFoldOf(code: number): string {
  let folded = quickFolds.get(code)
  if (folded === undefined) {
    if (quickFolds.size >= maxQuickFolds) quickFolds.clear()
    folded = foldWhole(String.fromCodePoint(code))
    quickFolds.set(code, folded)
  }
  return folded
}

/**
 * The whole text folded without offsets: the same letters {@link fold} gives
 * (accents, case, œ æ ß), for a quick "could any phrase be here at all?"
 * before the exact, offset-keeping fold.
 *
 * It equals {@link foldWhole} of the text: NFD only reorders marks, which go,
 * and lower-casing depends on context only for Σ (final sigma), so the fold of
 * a text without Σ is the folds of its code points put together (tested on
 * every code point and on generated text): runs of ASCII are lower-cased in
 * one call, other code points folded once and remembered. ICU's normalisation
 * of the whole text, twice, cost more than the rest of the conduct check.
 */
export function foldQuick(text: string): string {
  if (text.includes('\u03a3')) return foldWhole(text)
  let folded = ''
  for (let i = 0; i < text.length; ) {
    let asciiEnd = i
    while (asciiEnd < text.length && text.charCodeAt(asciiEnd) < 0x80) asciiEnd++
    if (asciiEnd > i) {
      folded += text.slice(i, asciiEnd).toLowerCase()
      i = asciiEnd
      if (i === text.length) break
    }
    const code = text.codePointAt(i) as number
    folded += quickFoldOf(code)
    i += code > 0xffff ? 2 : 1
  }
  return folded
}
