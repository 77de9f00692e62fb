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
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  // Final sigma is σ written at a word's end (Unicode case folding maps it so): ΟΔΟΣ and οδος are the same word.
  ς: 'σ',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
}

/** Folds one character: `É` → `e`, `’` → `'`, a no-break space → a space; a combining accent → nothing. */
export function foldCharacter(character: string): string {
  const mapped = special[character]
  if (mapped !== undefined) return mapped
  const folded = withoutMarks(character.normalize('NFD').toLowerCase().normalize('NFD'))
  // Letters that fold to one of the above (ẞ → ß, ǽ → æ) are spelt out as it is, or STRAẞE would not be Straße.
  return /[æœßς]/.test(folded) ? folded.replace(/[æœßς]/g, (letter) => special[letter] ?? letter) : folded
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

/**
 * Folds by blocks of 256 code points, each block made whole on first use: {@link foldCharacter}
 * normalises twice, and a text repeats the same few accented letters (or the same script).
 * A whole block, never only the code points a text held, so the tables say nothing of any text.
 */
const foldBlocks: (readonly string[] | undefined)[] = []

function foldedCodePoint(code: number): string {
  const block = code >> 8
  let folds = foldBlocks[block]
  if (folds === undefined) {
    const first = block << 8
    // Surrogate code points never reach here (codePointAt pairs them; a lone one is folded as itself, like any other).
    folds = foldBlocks[block] = Array.from({ length: 256 }, (_, at) => foldCharacter(String.fromCodePoint(first + at)))
  }
  return folds[code & 0xff] as string
}

/** The fold of `text`; with `starts` and `ends`, also where each folded unit came from. */
function foldWith(text: string, starts: number[] | undefined, ends: number[] | undefined): string {
  let folded = ''
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      // ASCII, most of any text: lower case is all its folding (and the costly normalisations are skipped).
      folded += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[i]
      starts?.push(i)
      ends?.push(i + 1)
      i++
      continue
    }
    const codePoint = text.codePointAt(i) as number
    const width = codePoint > 0xffff ? 2 : 1
    const piece = foldedCodePoint(codePoint)
    if (starts !== undefined && ends !== undefined) {
      for (let k = 0; k < piece.length; k++) {
        starts.push(i)
        ends.push(i + width)
      }
    }
    folded += piece
    i += width
  }
  return folded
}

/**
 * The whole text folded without offsets, for a quick "could any phrase be
 * here at all?" before the exact, offset-keeping fold: the same text as
 * {@link fold}'s (tested on every code point and on generated text), made
 * faster: runs of ASCII are lower-cased in one call. Lower-casing the whole text instead would make Σ final
 * ς at a word's end where {@link fold} gives σ, and miss phrases it finds.
 */
export function foldQuick(text: string): string {
  let folded = ''
  for (let i = 0; i < text.length;) {
    let asciiEnd = i
    while (asciiEnd < text.length && text.charCodeAt(asciiEnd) < 0x80) asciiEnd++
    if (asciiEnd > i) {
      folded += text.slice(i, asciiEnd).toLowerCase()
      i = asciiEnd
      if (i === text.length) break
    }
    const code = text.codePointAt(i) as number
    folded += foldedCodePoint(code)
    i += code > 0xffff ? 2 : 1
  }
  return folded
}
