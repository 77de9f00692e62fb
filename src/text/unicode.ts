/**
 * The one place that knows about code points, grapheme clusters and UTF-8.
 * Every platform counts through these helpers.
 */

import { rememberedInCall } from './call-memo.js'
import { PlacedAmounts } from './placed-amounts.js'

let segmenter: Intl.Segmenter | undefined

function graphemeSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return segmenter
}

/**
 * Code units that always form a grapheme cluster of their own (Latin, Greek,
 * Cyrillic, general punctuation, currency and letterlike symbols): no Extend,
 * ZWJ, SpacingMark, Prepend, Hangul or regional indicator among them. Between
 * two of these there is always a boundary (CR LF aside), which is what lets
 * {@link graphemeLength} skip `Intl.Segmenter` for most English and French text.
 */
const simpleRanges: readonly (readonly [first: number, last: number])[] = [
  [0x0000, 0x02ff],
  [0x0370, 0x0482],
  [0x048a, 0x0590],
  [0x2000, 0x200b],
  [0x200e, 0x20cf],
  [0x2100, 0x218f],
]

/** {@link simpleRanges} as a lookup, one read per code unit. */
const simpleUnits = new Uint8Array((simpleRanges.at(-1) as readonly [number, number])[1] + 1)
for (const [first, last] of simpleRanges) simpleUnits.fill(1, first, last + 1)

function isSimple(code: number): boolean {
  return code < simpleUnits.length && simpleUnits[code] === 1
}

/** A code unit outside {@link simpleRanges}, as a pattern (no `u` flag: a surrogate is a unit). */
const notSimple = new RegExp(`[^${simpleRanges.map(([first, last]) => `\\u${hex4(first)}-\\u${hex4(last)}`).join('')}]`, 'g')

function hex4(code: number): string {
  return code.toString(16).padStart(4, '0')
}

/**
 * Code points that can join a neighbour into one cluster: Extend, ZWJ,
 * SpacingMark, Prepend, regional indicators, conjoining Hangul jamo, CR.
 * A piece holding none of them is one cluster per code point, so the
 * segmenter is skipped (an emoji, a CJK or Hangul run among Latin text, the
 * common case: a precomposed syllable joins only a conjoining jamo or a mark,
 * both in the set). A few more may be in the set, never fewer: the
 * supplementary Brahmic scripts (U+11000–U+11FFF, where their Prepend letters
 * are) go to the segmenter.
 * test/unicode.test.ts checks this set against Intl.Segmenter over every
 * code point of planes 0–3 and 14, on the Node that runs the tests.
 */
const mayJoin =
  // eslint-disable-next-line no-misleading-character-class -- a set of single code points that join (marks, ZWJ, skin tones) on purpose
  /[\p{M}\u200c\u200d\u{1F3FB}-\u{1F3FF}\p{Regional_Indicator}\u{E0000}-\u{E0FFF}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uff9e\uff9f\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u0e33\u0eb3\u{11000}-\u{11fff}\u{16d63}-\u{16d6a}\r]/u

/** Sum over the clusters of a piece with no joining code point: each code point is a cluster. */
function sumCodePoints(piece: string, complex: ((cluster: string) => number) | undefined): number {
  if (complex === undefined) return codePointLength(piece)
  let sum = 0
  for (const codePoint of piece) sum += complex(codePoint)
  return sum
}

const CR = 0x0d
const LF = 0x0a

/** Code units handed to `Intl.Segmenter` at once: its iteration slows down sharply on long strings (quadratic in V8 12). */
const segmentWindow = 1024

/**
 * Every grapheme cluster of `text`, through `Intl.Segmenter` on windows of
 * bounded size. A boundary depends only on what precedes it and the code point
 * after it, so every boundary inside a window is final except the window's
 * end: the last cluster of each window is segmented again at the start of the
 * next window.
 */
function* segmentWindows(text: string): Generator<string> {
  let start = 0
  let size = segmentWindow
  while (start < text.length) {
    let end = start + size
    // Never cut a surrogate pair: the half left at the end would look like a cluster of its own.
    const last = text.charCodeAt(end - 1)
    if (last >= 0xd800 && last <= 0xdbff) end++
    if (end >= text.length) {
      for (const { segment } of graphemeSegmenter().segment(text.slice(start))) yield segment
      return
    }
    let lastStart = -1
    const window = text.slice(start, end)
    const segments = graphemeSegmenter().segment(window)
    for (const { index } of segments) {
      if (lastStart !== -1) yield window.slice(lastStart, index)
      lastStart = index
    }
    if (lastStart <= 0) {
      // One cluster fills the whole window (a base with thousands of marks): widen the window.
      size *= 2
      continue
    }
    start += lastStart
    size = segmentWindow
  }
}

/**
 * Cluster counts of short pieces already segmented. The same few emoji
 * sequences come back again and again (in a text measured for eight
 * platforms and its prefixes, and from post to post), and `Intl.Segmenter`
 * costs microseconds per call however short the piece. Only pieces with no
 * letter or digit inside are kept (emoji, marks, punctuation, with the one
 * character on each side they were cut with): never a word, name or number
 * of a text. Per weight function (undefined: counting); the weights are
 * module-level functions, so a plain Map keeps them.
 */
const pieceSums = new Map<((cluster: string) => number) | undefined, Map<string, number>>()
const maxCachedPiece = 64
const maxCachedPieces = 4096

function segmentAndWeigh(piece: string, complex: ((cluster: string) => number) | undefined): number {
  let sum = 0
  for (const cluster of segmentWindows(piece)) sum += complex === undefined ? 1 : complex(cluster)
  return sum
}

/** The sum of `complex` (1 when undefined) over the clusters of a piece, segmented once per distinct short piece. */
function cachedPieceSum(piece: string, complex: ((cluster: string) => number) | undefined): number {
  if (piece.length > maxCachedPiece || holdsWords(piece)) return segmentAndWeigh(piece, complex)
  let cache = pieceSums.get(complex)
  if (cache === undefined) pieceSums.set(complex, (cache = new Map<string, number>()))
  let sum = cache.get(piece)
  if (sum === undefined) {
    sum = segmentAndWeigh(piece, complex)
    if (cache.size >= maxCachedPieces) cache.clear()
    cache.set(piece, sum)
  }
  return sum
}

/** LFs in `[from, to)` that end a CR LF (the CR counted already: either in the range or just before it). */
function crLfPairs(text: string, from: number, to: number): number {
  let pairs = 0
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) if (at > 0 && text.charCodeAt(at - 1) === CR) pairs++
  return pairs
}

/**
 * Where the complex piece around the unit at `i` (not simple, after a simple one) starts: at the simple unit
 * before it, or at the CR of a CR LF before it, which is one cluster.
 */
function complexPieceStart(text: string, i: number): number {
  const start = i - 1
  return text.charCodeAt(start) === LF && start > 0 && text.charCodeAt(start - 1) === CR ? start - 1 : start
}

/**
 * Where the complex piece holding the unit at `i` (not simple) ends: just past the first simple unit followed
 * by another simple unit (or by the end of the text), a CR LF kept whole. No cluster crosses that place.
 */
function complexPieceEnd(text: string, i: number): number {
  const n = text.length
  let end = i + 1
  while (end < n) {
    const c = text.charCodeAt(end)
    if (!isSimple(c)) {
      end++
      continue
    }
    const next = end + 1 < n ? text.charCodeAt(end + 1) : -1
    if (next !== -1 && !isSimple(next)) {
      end += 2
      continue
    }
    end++
    if (c === CR && next === LF) end++
    break
  }
  return end
}

/**
 * Sum of a weight over the grapheme clusters of `text`, as `Intl.Segmenter`
 * splits them. Runs of simple code units (one cluster each) are weighed by
 * `simple` without the segmenter; only the pieces around complex ones (emoji,
 * combining marks, scripts with clusters) go through it, each cluster weighed
 * by `complex`. Both weigh 1 by default: the result is then the cluster count.
 */
export function sumGraphemes(text: string, simple?: (code: number) => number, complex?: (cluster: string) => number): number {
  const n = text.length
  let sum = 0
  let i = 0
  // Start of the current run of simple units (those already weighed one by one).
  let runStart = 0
  // Unweighted, a run of simple units counts its length (less a CR LF's LF): the pattern engine finds where it ends.
  const holdsCR = simple === undefined && text.includes('\r')
  while (i < n) {
    if (simple === undefined) {
      notSimple.lastIndex = i
      const runEnd = notSimple.test(text) ? notSimple.lastIndex - 1 : n
      if (runEnd > i) {
        sum += runEnd - i - (holdsCR ? crLfPairs(text, i, runEnd) : 0)
        i = runEnd
        continue
      }
    }
    const code = text.charCodeAt(i)
    if (isSimple(code)) {
      if (!(code === LF && i > 0 && text.charCodeAt(i - 1) === CR)) sum += simple === undefined ? 1 : simple(code)
      i++
      continue
    }
    // A complex piece: take the simple unit before it back, and run to just past
    // the first simple unit that is followed by another simple unit.
    const start = i > runStart ? complexPieceStart(text, i) : i
    if (start < i) sum -= simple === undefined ? 1 : simple(text.charCodeAt(i - 1))
    const end = complexPieceEnd(text, i)
    const piece = text.slice(start, end)
    if (!mayJoin.test(piece)) sum += sumCodePoints(piece, complex)
    else sum += cachedPieceSum(piece, complex)
    i = end
    runStart = end
  }
  return sum
}

/**
 * Number of extended grapheme clusters (user-perceived characters), as
 * `Intl.Segmenter` counts them, through the fast path of {@link sumGraphemes}.
 *
 * @example
 * graphemeLength('Bonne fête 👨‍👩‍👧') // 12
 */
export function graphemeLength(text: string): number {
  return sumGraphemes(text)
}

/** The grapheme clusters of `text[start, end)`, for `start` and `end` where {@link isClusterBoundary} is sure. */
export type ClusterCounter = (start: number, end: number) => number

/**
 * Counts the clusters of any range of `text` between two sure boundaries (see {@link isClusterBoundary}), from
 * one walk of the text. The walk notes where the text holds fewer clusters than code units (each complex piece
 * of {@link sumGraphemes}, each CR LF): no such place spans a sure boundary, so a range counts its units less
 * what those inside it save. Bluesky, Mastodon and Threads count a text and the pieces of its over-limit search
 * with one counter, instead of segmenting each piece again for each of them.
 */
export function clusterCounter(text: string): ClusterCounter {
  const n = text.length
  // Where the text holds fewer clusters than units, and how many fewer.
  const saved = new PlacedAmounts()
  const holdsCR = text.includes('\r')
  let i = 0
  let runStart = 0
  while (i < n) {
    notSimple.lastIndex = i
    const runEnd = notSimple.test(text) ? notSimple.lastIndex - 1 : n
    const start = runEnd === n ? n : runEnd > runStart ? complexPieceStart(text, runEnd) : runEnd
    // A CR LF among simple units is one cluster (the one a complex piece starts with is the piece's).
    if (holdsCR) for (let at = text.indexOf('\n', i); at !== -1 && at < start; at = text.indexOf('\n', at + 1)) if (at > 0 && text.charCodeAt(at - 1) === CR) saved.add(at, 1)
    if (runEnd === n) break
    const end = complexPieceEnd(text, runEnd)
    const piece = text.slice(start, end)
    const clusters = mayJoin.test(piece) ? cachedPieceSum(piece, undefined) : codePointLength(piece)
    if (clusters < end - start) saved.add(start, end - start - clusters)
    i = runStart = end
  }
  return (start, end) => end - start - (saved.totalBefore(end) - saved.totalBefore(start))
}

/** {@link clusterCounter}, made once per text during one call (see `call-memo.ts`). */
export const clusterCounterInCall: (text: string) => ClusterCounter = rememberedInCall(clusterCounter)

/**
 * {@link graphemeLength}, through the text's {@link clusterCounterInCall}: Bluesky, Mastodon and Threads count
 * the clusters of one text, and a check measures it for all three and searches where it stops fitting.
 */
export function graphemeLengthInCall(text: string): number {
  return clusterCounterInCall(text)(0, text.length)
}

/**
 * True when a grapheme-cluster boundary falls at `at` in `text` whatever the rest of the text: at either end,
 * or between two units of {@link simpleRanges} other than CR LF. No cluster rule looks past such a boundary (a
 * chain of Extend, ZWJ, regional indicators or Indic linkers holds none of those units), so the text's
 * clusters are those of the text before `at` and those of the text after it.
 */
export function isClusterBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true
  const before = text.charCodeAt(at - 1)
  return isSimple(before) && isSimple(text.charCodeAt(at)) && !(before === CR && text.charCodeAt(at) === LF)
}

/**
 * Number of bytes of `text` in UTF-8. A lone surrogate counts 3, as the
 * U+FFFD that an encoder writes in its place.
 *
 * @example
 * utf8Length('é') // 2
 */
export function utf8Length(text: string): number {
  let bytes = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** Number of Unicode code points in `text` (a lone surrogate counts 1). */
export function codePointLength(text: string): number {
  let count = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    count++
  }
  return count
}

/** Offset (UTF-16) of the first lone surrogate in `text`, or -1 when the text is well formed. */
export function findLoneSurrogate(text: string): number {
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0xd800 || c > 0xdfff) continue
    if (c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++
        continue
      }
    }
    return i
  }
  return -1
}

/**
 * Converts a UTF-16 offset in `text` to a UTF-8 byte offset.
 */
export function utf8Offset(text: string, utf16Offset: number): number {
  return utf8Length(text.slice(0, utf16Offset))
}

/**
 * `utf8Offset` for many offsets of one text: reads the text once when they come
 * in ascending order (it starts over when one goes back), instead of once per offset.
 *
 * @example
 * const toUtf8 = utf8OffsetsOf('été 🇨🇦')
 * toUtf8(3) // 5
 * toUtf8(8) // 14
 */
export function utf8OffsetsOf(text: string): (utf16Offset: number) => number {
  // Bytes of text[0, done), where `done` never splits a surrogate pair.
  let done = 0
  let bytes = 0
  return (utf16Offset) => {
    if (utf16Offset < done) done = bytes = 0
    const end = Math.min(utf16Offset, text.length)
    while (done < end) {
      const c = text.charCodeAt(done)
      if (c >= 0xd800 && c <= 0xdbff && done + 1 < text.length) {
        const d = text.charCodeAt(done + 1)
        if (d >= 0xdc00 && d <= 0xdfff) {
          // An offset between the two halves sees a lone high surrogate: 3 bytes, as utf8Offset counts it.
          if (done + 1 === end) return bytes + 3
          bytes += 4
          done += 2
          continue
        }
      }
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3
      done++
    }
    return bytes
  }
}

/**
 * A code unit NFC may change or move: anything outside the code points NFC keeps
 * that are starters and never the second half of a composition (below U+0300,
 * general punctuation and currency signs, letterlike symbols to miscellaneous
 * symbols and arrows less six singletons, U+20E3, U+FE0F, and the emoji planes
 * U+1F000–U+1FBFF, whose surrogates are in the set); a surrogate outside a pair is told apart below.
 */
const mayChangeUnderNfc =
  // eslint-disable-next-line no-misleading-character-class -- UTF-16 code units, surrogate halves included, on purpose (no `u` flag)
  /[^\0-\u02FF\u2002-\u20CF\u20E3\uFE0F\u2100-\u2125\u2127-\u2129\u212C-\u2328\u232B-\u2ADB\u2ADD-\u2BFF\uD83C-\uD83E\uDC00-\uDFFF]/
/**
 * A surrogate outside a pair, for engines without `String#isWellFormed`. (A high surrogate other than
 * U+D83C–U+D83E is outside `mayChangeUnderNfc`'s set already, paired or not.)
 */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * True when `text` is made only of code points NFC leaves alone (see
 * `mayChangeUnderNfc`), so `text.normalize('NFC') === text` without asking ICU.
 * Most posts hold nothing else. False says nothing: the text may still be NFC.
 * test/x-fast-paths.test.ts checks every such code point.
 */
export function isNfcStable(text: string): boolean {
  // Two tests rather than one pattern with lookarounds, which the engine tried at every place (3× slower).
  return !mayChangeUnderNfc.test(text) && (typeof text.isWellFormed === 'function' ? text.isWellFormed() : !loneSurrogate.test(text))
}

/** Splits `text` into grapheme clusters. */
export function graphemes(text: string): string[] {
  return [...segmentWindows(text)]
}

const letterOrDigit = /[\p{L}\p{N}]/u

/** True when a piece holds a letter or digit other than its first and last units (the neighbours it was cut with): it is not remembered. */
function holdsWords(piece: string): boolean {
  return letterOrDigit.test(piece.slice(1, -1))
}
