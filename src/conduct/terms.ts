import { sortByStart } from '../text/sort.js'
import { fold, foldPlain, foldQuick } from './fold.js'
import { findPieces, holdsTerm, indexPieces, type PieceIndex } from './pieces.js'

/** One phrase to look for, and what it is. */
export interface Term<Kind extends string = string> {
  readonly phrase: string
  readonly kind: Kind
  /** Group the phrase belongs to, e.g. the party it names. */
  readonly group?: string
}

/** A term found in a text, at original offsets. */
export interface TermMatch<Kind extends string = string> {
  readonly start: number
  readonly end: number
  /** The text as written, e.g. `Parti Libéral`. */
  readonly text: string
  readonly term: Term<Kind>
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The pattern of a phrase on folded text: spaces match any run of spaces,
 * a hyphen may be a space or nothing (`re-elect`, `reelect`, `re elect`),
 * an apostrophe may be missing (`Peoples Party`). Whole words only.
 */
function patternOf(phrase: string): string {
  const body = escape(foldPlain(phrase).trim()).replace(/\s+/g, '\\s+').replace(/-/g, '[-\\s]?').replace(/'/g, "'?")
  return `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`
}

/**
 * The runs of the folded phrase that any match holds verbatim (spaces,
 * hyphens and apostrophes may vary; letters may not), longest first: a text
 * missing one of them cannot match, and `includes` says so far faster than
 * the pattern can.
 */
function requiredPieces(phrase: string): readonly string[] {
  return foldPlain(phrase)
    .split(/[\s'-]+/)
    .filter((piece) => piece !== '')
    .sort((a, b) => b.length - a.length)
}

/** True when `folded` holds every piece (and so may hold the phrase). */
function holdsAll(folded: string, pieces: readonly string[] | undefined): boolean {
  return pieces === undefined || pieces.every((piece) => folded.includes(piece))
}

/** The index of each list's pieces, built on first use (keyed by the list, so a list given in its place gets its own). */
const pieceIndexes = new WeakMap<readonly (readonly string[])[], PieceIndex>()

function pieceIndexOf(pieces: readonly (readonly string[])[]): PieceIndex {
  let index = pieceIndexes.get(pieces)
  if (index === undefined) {
    index = indexPieces(pieces)
    pieceIndexes.set(pieces, index)
  }
  return index
}

/** Indices of the terms whose every piece `quick` holds. */
function termsPossiblyIn(quick: string, pieces: readonly (readonly string[])[]): number[] {
  const index = pieceIndexOf(pieces)
  const held = findPieces(quick, index)
  const possible: number[] = []
  for (let term = 0; term < pieces.length; term++) if (holdsTerm(quick, index, held, term)) possible.push(term)
  return possible
}

/** Terms compiled once, longest phrase first so `Parti libéral du Canada` wins over `Parti libéral`. */
export interface CompiledTerms<Kind extends string = string> {
  readonly terms: readonly Term<Kind>[]
  readonly patterns: readonly RegExp[]
  /** Per term, the pieces every match contains (see {@link requiredPieces}). */
  readonly pieces: readonly (readonly string[])[]
}

/**
 * Compiles terms for {@link findTerms}; do it once per list. The patterns are
 * built on first use: the built-in lists hold hundreds of phrases, and making
 * their Unicode-aware patterns took ~30 ms of every `import('bilingual-posts')`.
 */
export function compileTerms<Kind extends string>(terms: readonly Term<Kind>[]): CompiledTerms<Kind> {
  const usable = terms.filter((term) => foldPlain(term.phrase).trim() !== '')
  const sorted = [...usable].sort((a, b) => b.phrase.length - a.phrase.length)
  let patterns: readonly RegExp[] | undefined
  let pieces: readonly (readonly string[])[] | undefined
  return {
    terms: sorted,
    get patterns() {
      patterns ??= sorted.map((term) => new RegExp(patternOf(term.phrase), 'gu'))
      return patterns
    },
    get pieces() {
      pieces ??= sorted.map((term) => requiredPieces(term.phrase))
      return pieces
    },
  }
}

/**
 * Every term found in `text` within `ranges` (prose only: no URL, hashtag or
 * mention), ignoring case and accents, whole words. Overlapping matches keep
 * the longest phrase. Ranges are 0-based offsets of `text`.
 */
export function findTerms<Kind extends string>(
  text: string,
  compiled: CompiledTerms<Kind>,
  ranges: readonly { readonly start: number; readonly end: number }[] = [{ start: 0, end: text.length }],
): TermMatch<Kind>[] {
  const found: TermMatch<Kind>[] = []
  // Most texts hold none of the phrases: one quick fold of the whole text rules them out.
  const pieces = compiled.pieces
  const present = termsPossiblyIn(foldQuick(text), pieces)
  if (present.length === 0) return found
  // Read once: the lists are getters (built on first use).
  const { terms, patterns } = compiled
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end)
    const folded = fold(slice)
    for (const index of present) {
      const term = terms[index]
      const pattern = patterns[index]
      if (term === undefined || pattern === undefined || !holdsAll(folded.text, pieces[index])) continue
      pattern.lastIndex = 0
      for (const match of folded.text.matchAll(pattern)) {
        const first = match.index
        const last = first + match[0].length - 1
        const start = range.start + (folded.starts[first] ?? 0)
        const end = range.start + (folded.ends[last] ?? slice.length)
        if (found.some((other) => other.start < end && start < other.end)) continue
        found.push({ start, end, text: text.slice(start, end), term })
      }
    }
  }
  return sortByStart(found)
}
