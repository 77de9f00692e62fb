/**
 * Which of many pieces of text a folded text holds, in one scan instead of one
 * `includes` per piece (each reads the whole text: the conduct lists hold a
 * few dozen pieces, most texts none of them).
 */

/** Pieces this short stand in most texts: they are looked up one by one, and only when a term needs them. */
const shortPiece = 2

/** The distinct pieces of a list of terms, and a pattern that finds the longer ones. */
export interface PieceIndex {
  /** Distinct pieces. */
  readonly pieces: readonly string[]
  /** Per term, the indices of its pieces in {@link pieces}. */
  readonly ofTerm: readonly (readonly number[])[]
  /**
   * The pieces longer than {@link shortPiece}, longest first, as one alternation;
   * without the `u` flag, so it compares code units as `includes` does.
   */
  readonly finder: RegExp | undefined
  /** Per piece the finder can report, the pieces found with it: those it contains, itself included. */
  readonly within: ReadonlyMap<string, readonly number[]>
  /** Indices of the pieces the finder looks for: those it does not report are absent. */
  readonly found: readonly number[]
  /** The table {@link findPieces} fills, made once per index rather than once per text (a typed array is costly to make). */
  readonly held: PiecesHeld
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function indexPieces(piecesOfTerms: readonly (readonly string[])[]): PieceIndex {
  const pieces = [...new Set(piecesOfTerms.flat())]
  const position = new Map(pieces.map((piece, index) => [piece, index]))
  const ofTerm = piecesOfTerms.map((termPieces) => termPieces.map((piece) => position.get(piece) as number))
  const long = pieces.filter((piece) => piece.length > shortPiece).sort((a, b) => b.length - a.length)
  const within = new Map(long.map((piece) => [piece, long.filter((other) => piece.includes(other)).map((other) => position.get(other) as number)]))
  const finder = long.length === 0 ? undefined : new RegExp(long.map(escape).join('|'), 'g')
  return { pieces, ofTerm, finder, within, found: long.map((piece) => position.get(piece) as number), held: new Uint8Array(pieces.length) }
}

/** Per piece: 1 when `text` holds it, 2 when it does not, 0 not known yet (short pieces are looked up on demand). */
export type PiecesHeld = Uint8Array

/**
 * Marks the longer pieces `text` holds, in the index's own table (valid until
 * the next call with the same index; the checks are synchronous). The scan moves one unit past each match
 * start, so every position where a piece starts is seen; there the alternation
 * reports the longest piece, and any other piece starting there is a prefix of
 * it, so among the pieces it contains.
 */
export function findPieces(text: string, index: PieceIndex): PiecesHeld {
  const held = index.held
  held.fill(0)
  for (const i of index.found) held[i] = 2
  const finder = index.finder
  if (finder === undefined) return held
  finder.lastIndex = 0
  for (let match = finder.exec(text); match !== null; match = finder.exec(text)) {
    for (const i of index.within.get(match[0]) as readonly number[]) held[i] = 1
    finder.lastIndex = match.index + 1
  }
  return held
}

/** True when `text` holds every piece of term `term`. */
export function holdsTerm(text: string, index: PieceIndex, held: PiecesHeld, term: number): boolean {
  for (const i of index.ofTerm[term] as readonly number[]) {
    let known = held[i] as number
    if (known === 0) {
      known = text.includes(index.pieces[i] as string) ? 1 : 2
      held[i] = known
    }
    if (known === 2) return false
  }
  return true
}
