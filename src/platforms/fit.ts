import { contextual, pieceCountingFor, type PieceCounting } from './pieces.js'
import type { MeasureOptions, PlatformId } from './types.js'

/**
 * True when `text` may be cut before `at` without changing any platform's count:
 * the count of the whole is the count before `at` plus the count from `at`.
 * That holds after a space, tab or line feed (not CR, which joins a following
 * LF) and before an ASCII letter, digit, `@`, `$` or `#` that no combining mark follows:
 *
 * - no link, mention or emoji holds white space, and the look-aheads and
 *   look-behinds that decide where one ends or starts see white space or an end
 *   of the text alike. The link scanner may take a text's first character as the
 *   one before a link (twitter-text's "preceding character"), but never one of
 *   these, so a link starts at the cut both in the text and in the piece alone;
 * - there is a grapheme-cluster boundary (white space is never Prepend, these
 *   characters never Extend, ZWJ or SpacingMark), and no cluster rule looking back
 *   (emoji ZWJ sequences, regional-indicator pairs, Indic conjuncts) sees past them;
 * - NFC leaves the character as it is (no mark follows to join it) and moves
 *   nothing past it.
 *
 * test/platforms-fit.test.ts checks that the counts add up at every such cut
 * of generated hostile texts, on every platform.
 */
export function splitsAt(text: string, at: number): boolean {
  return isCutAfter(text.charCodeAt(at - 1)) && isCutBefore(text.charCodeAt(at), text.charCodeAt(at + 1))
}

function isCutAfter(code: number): boolean {
  return code <= 0x20 && (code === 0x20 || code === 0x0a || code === 0x09)
}

/** `[A-Za-z0-9@$#]`, not followed by a combining mark (`next` is NaN at the end of the text). */
function isCutBefore(code: number, next: number): boolean {
  const letter = code | 0x20
  return (
    ((letter >= 0x61 && letter <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x24 || code === 0x23) && !(next >= 0x300)
  )
}

/** Units below this are weighed through a table (the alphabets, punctuation and symbols of most posts). */
const tableSize = 0x2200
const tables = new WeakMap<PieceCounting, Uint8Array>()

/** `weights.weightOf` for the first {@link tableSize} code units, worked out on first use. */
function tableOf(weights: PieceCounting): Uint8Array {
  let table = tables.get(weights)
  if (table === undefined) {
    table = new Uint8Array(tableSize)
    for (let code = 0; code < tableSize; code++) table[code] = weights.weightOf(code)
    tables.set(weights, table)
  }
  return table
}

/**
 * The length of a prefix of `text` that fits `limit` on a platform (its main
 * constraint, as the platform's `measure` counts it with `options`) while one
 * more code unit does not; undefined when the whole text fits.
 *
 * One forward pass over pieces cut where {@link splitsAt} allows: a piece
 * whose every unit has a plain weight (see `pieces.ts`) counts the sum of
 * those weights; any other piece (a link, an emoji, combining marks) is counted
 * alone, which gives the same count as in the text. The pass stops at the first
 * piece that does not fit, and only that piece's prefixes are counted: short
 * strings, usually twice.
 *
 * When a prefix cut inside a link or a cluster counts more than a longer one,
 * several lengths may meet the definition; this gives one inside the first
 * piece that does not fit whole.
 */
export function fittingPrefixLength(text: string, platform: PlatformId, options: MeasureOptions, limit: number): number | undefined {
  const counting = pieceCountingFor(platform, options)
  const table = tableOf(counting)
  const n = text.length
  // Count of text[0, start), where `start` is the last cut.
  let before = 0
  let start = 0
  // Sum of the plain weights of text[start, i), or -1 once a unit of the piece is not plain.
  let plainSum = 0
  let afterWhiteSpace = false
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    if (afterWhiteSpace && isCutBefore(code, text.charCodeAt(i + 1))) {
      const count = plainSum >= 0 ? plainSum : counting.count(text.slice(start, i), options)
      if (before + count > limit) return fitIn(text, start, i, limit - before, plainSum >= 0, table, counting, options)
      before += count
      start = i
      plainSum = 0
    }
    afterWhiteSpace = isCutAfter(code)
    if (plainSum >= 0) {
      const weight = plainWeightAt(text, i, code, table, counting)
      plainSum = weight > 0 ? plainSum + weight : -1
    }
  }
  // The last piece runs to the end of the text.
  if (start === n) return undefined
  const count = plainSum >= 0 ? plainSum : counting.count(text.slice(start), options)
  return before + count > limit ? fitIn(text, start, n, limit - before, plainSum >= 0, table, counting, options) : undefined
}

/** In the piece `[start, end)` that counts more than `budget`: the length of the prefix of the text that fits. */
function fitIn(text: string, start: number, end: number, budget: number, plain: boolean, table: Uint8Array, counting: PieceCounting, options: MeasureOptions): number {
  return plain ? plainFit(text, start, budget, table, counting) : countedFit(text, start, end, budget, counting, options)
}

function plainWeightAt(text: string, at: number, code: number, table: Uint8Array, counting: PieceCounting): number {
  const weight = code < tableSize ? (table[code] as number) : counting.weightOf(code)
  return weight === contextual ? counting.inContext(text, at) : weight
}

/** In a plain piece from `start` whose weights add up past `budget`: the end of the units that fit. */
function plainFit(text: string, start: number, budget: number, table: Uint8Array, counting: PieceCounting): number {
  let used = 0
  for (let i = start; ; i++) {
    used += plainWeightAt(text, i, text.charCodeAt(i), table, counting)
    if (used > budget) return i
  }
}

/**
 * In the piece `[start, end)` that counts more than `budget`: a length that fits
 * with one more unit not fitting, by counting prefixes of the piece alone. The
 * first guess takes every unit as weighing 1, the second is one unit off the
 * first, then bisection keeps the bracket.
 */
function countedFit(text: string, start: number, end: number, budget: number, counting: PieceCounting, options: MeasureOptions): number {
  const fits = (length: number) => counting.count(text.slice(start, start + length), options) <= budget
  // Invariant: a prefix of the piece `low` units long fits (the empty one always does), one of `high` units does not.
  let low = 0
  let high = end - start
  let guess: number | undefined = Math.max(1, budget)
  let guesses = 0
  while (high - low > 1) {
    const probe: number = guess !== undefined && guess > low && guess < high ? guess : (low + high) >> 1
    const fit = fits(probe)
    if (fit) low = probe
    else high = probe
    guess = ++guesses < 2 ? (fit ? probe + 1 : probe - 1) : undefined
  }
  return start + low
}
