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
  return ((letter >= 0x61 && letter <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x24 || code === 0x23) && !(next >= 0x300)
}

/** Cuts (see {@link splitsAt}) from `from` on: the first, or the end of the text. */
function nextCut(text: string, from: number): number {
  for (let at = from; at < text.length; at++) if (splitsAt(text, at)) return at
  return text.length
}

/** The last cut at or before `at`, or `floor` (itself a cut, or 0) when there is none after it. */
function lastCut(text: string, at: number, floor: number): number {
  for (; at > floor; at--) if (splitsAt(text, at)) return at
  return floor
}

const eventPatterns = new WeakMap<PieceCounting, RegExp>()

/** Units from here on are all taken as events (emoji, CJK…): most weigh other than 1 anyway. */
const firstAlwaysEvent = 0x2200

/**
 * A global pattern for the code units whose weight may be anything but 1 (0, 2,
 * 3 or contextual): the walk jumps from one to the next, the regular-expression
 * engine reading the many units between. Built on first use from `weightOf`.
 */
function eventsOf(counting: PieceCounting): RegExp {
  let pattern = eventPatterns.get(counting)
  if (pattern === undefined) {
    let ranges = ''
    for (let code = 0; code < firstAlwaysEvent; code++) {
      if (counting.weightOf(code) === 1) continue
      const first = code
      while (code + 1 < firstAlwaysEvent && counting.weightOf(code + 1) !== 1) code++
      ranges += first === code ? unicodeEscape(first) : `${unicodeEscape(first)}-${unicodeEscape(code)}`
    }
    // No `u` flag: a surrogate is a unit of its own, as everywhere else here.
    pattern = new RegExp(`[${ranges}${unicodeEscape(firstAlwaysEvent)}-\\uffff]`, 'g')
    eventPatterns.set(counting, pattern)
  }
  return pattern
}

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`
}

/** Offset of the first event at or after `from`, or the text's length. */
function nextEvent(events: RegExp, text: string, from: number): number {
  events.lastIndex = from
  return events.test(text) ? events.lastIndex - 1 : text.length
}

/**
 * The length of a prefix of `text` that fits `limit` on a platform (its main
 * constraint, as the platform's `measure` counts it with `options`) while one
 * more code unit does not; undefined when the whole text fits (0 for a limit
 * below 0, which not even the empty prefix fits).
 *
 * One forward pass over pieces cut where {@link splitsAt} allows: plain units
 * (see `pieces.ts`) add their weights; a piece holding a unit that is not plain
 * (a link, an emoji, combining marks) is counted alone, which gives the same
 * count as in the text. The pass stops where the limit is passed: among plain
 * units, that is the answer; in a piece counted alone, only that piece's
 * prefixes are counted (short strings, usually twice). Between two units that
 * weigh anything but 1, the pass leaves the reading to the regular-expression
 * engine (see `eventsOf`).
 *
 * When a prefix cut inside a link or a cluster counts more than a longer one,
 * several lengths may meet the definition; this gives one inside the first
 * piece that does not fit whole.
 */
export function fittingPrefixLength(text: string, platform: PlatformId, options: MeasureOptions, limit: number): number | undefined {
  // Counts are whole numbers. Below 0 not even the empty prefix fits: 0 is the nearest answer.
  limit = Math.floor(limit)
  if (limit < 0) return 0
  const counting = pieceCountingFor(platform, options)
  const countPiece = counting.pieceCounter?.(text, options) ?? ((start: number, end: number) => counting.count(text.slice(start, end), options))
  const events = eventsOf(counting)
  const n = text.length
  // text[0, start) counts `before`, `start` being a cut; the units of [start, at) are plain and
  // weigh (at - start) + extra, `extra` being what those heavier than 1 add.
  let before = 0
  let start = 0
  let extra = 0
  let at = 0
  for (;;) {
    const event = nextEvent(events, text, at)
    // Every unit of [at, event) weighs 1: the limit may fall among them.
    if (before + extra + (event - start) > limit) return start + (limit - before - extra)
    if (event === n) return undefined
    const weight = weightAt(counting, text, event)
    if (weight > 0) {
      if (before + extra + (event - start) + weight > limit) return event
      if (weight > 1) {
        // Keep `extra` to the piece of this unit, in case a unit of that piece is not plain.
        const cut = lastCut(text, event, start)
        if (cut > start) {
          before += extra + (cut - start)
          start = cut
          extra = 0
        }
        extra += weight - 1
      }
      at = event + 1
      continue
    }
    // A unit that is not plain: its piece is counted whole.
    const pieceStart = lastCut(text, event, start)
    if (pieceStart > start) before += extra + (pieceStart - start)
    const pieceEnd = nextCut(text, event + 1)
    const count = countPiece(pieceStart, pieceEnd)
    if (before + count > limit) return countedFit(text, pieceStart, pieceEnd, limit - before, counting, options)
    before += count
    start = at = pieceEnd
    extra = 0
  }
}

function weightAt(counting: PieceCounting, text: string, at: number): number {
  const weight = counting.weightOf(text.charCodeAt(at))
  return weight === contextual ? counting.inContext(text, at) : weight
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
