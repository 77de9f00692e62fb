/**
 * The thread splitter as it was before `furthestFit` started from the fitting
 * prefix (src/platforms/fit.ts), kept as a test oracle: galloping from a guess
 * of average density, then binary search, every probe a full platform measure.
 * test/thread-fit.property.test.ts checks that the new splitter gives the same
 * counts and the same parts. Where breaks go (tiers, lists, the better of two
 * ways of choosing) follows the splitter's rules, written again plainly here
 * (regular expressions, slices) so the fast scans are checked against them.
 */
import { platformSettings } from '../../src/platforms/registry.js'
import type { PlatformId } from '../../src/platforms/types.js'
import { ThreadSplitError, type ThreadOptions } from '../../src/platforms/thread.js'

/** A place a thread may break, and how good a place it is. */
interface BreakPoint {
  /** End of the part before the break (the whitespace excluded). */
  readonly end: number
  /** Start of the next part (the whitespace skipped). */
  readonly next: number
  /** 3 paragraph, 2 sentence, 1 clause, 0 word. */
  readonly strength: number
  /** 0 paragraph, sentence or list edge; 1 between list items; 2 clause; 3 word; 4 inside a list item. */
  readonly tier: number
}

/** Lines that start like a list item: a bullet or a number, then a space (the same set as the splitter's). */
const itemLine = /(?<![^\n])[ \t]*(?:[-*+•‣◦▪–—✓✔➤►▶]\ufe0f?|☑\ufe0f?|[✅🔹🔸👉]|\d{1,3}[.)])[^\S\n]/gu

/** Lists as runs of two or more item lines with only blank lines between them: [first bullet, end of last line, bullets]. */
function lists(text: string): Array<{ start: number; end: number; bullets: number[] }> {
  const found: Array<{ start: number; end: number; bullets: number[] }> = []
  let run: { start: number; end: number; bullets: number[] } | undefined
  for (const match of text.matchAll(itemLine)) {
    const bullet = match.index + (/^[ \t]*/.exec(match[0]) as RegExpExecArray)[0].length
    const lineEnd = text.indexOf('\n', match.index) === -1 ? text.length : text.indexOf('\n', match.index)
    if (run !== undefined && /^\s*$/.test(text.slice(run.end, match.index))) {
      run.end = lineEnd
      run.bullets.push(bullet)
    } else {
      if (run !== undefined && run.bullets.length >= 2) found.push(run)
      run = { start: bullet, end: lineEnd, bullets: [bullet] }
    }
  }
  if (run !== undefined && run.bullets.length >= 2) found.push(run)
  return found
}

/**
 * Breakable whitespace: every white space but the no-break ones (U+00A0, U+2007,
 * U+202F), which French typography puts before `:` `;` `!` `?` `»` and inside
 * `14 h 30` precisely so that nothing breaks there.
 */
const breakableWhitespace = /[^\S\u00a0\u2007\u202f]+/g
const noBreakSpace = /[\u00a0\u2007\u202f\u2060]/
/** A code point that joins the cluster before it (UAX #29 GB9/GB9a): a break before it would split a grapheme. */
const clusterContinuation = /^[\p{M}\u200c\u200d\p{Emoji_Modifier}]/u
const sentenceEnd = /[.!?…»"”)]$/
const clauseEnd = /[,;:—–]$/

/**
 * Every run of breakable whitespace is a break point, ranked by what precedes
 * it. URLs, hashtags and mentions hold no whitespace, so a break between
 * whitespace-separated tokens can never fall inside one; only breaks that would
 * glue a no-break space or a combining mark to the wrong part are left out.
 */
function breakPoints(text: string): BreakPoint[] {
  const points: BreakPoint[] = []
  const spans = lists(text)
  for (const match of text.matchAll(breakableWhitespace)) {
    const end = match.index
    const next = end + match[0].length
    if (end === 0 || next === text.length) continue
    if (noBreakSpace.test(text.charAt(end - 1)) || noBreakSpace.test(text.charAt(next))) continue
    if (clusterContinuation.test(text.slice(next, next + 2))) continue
    const before = text.charAt(end - 1)
    let strength = /\n[^\S\n]*\n/.test(match[0]) ? 3 : sentenceEnd.test(before) ? 2 : clauseEnd.test(before) ? 1 : 0
    const inside = spans.find((span) => span.start < next && end < span.end)
    if (spans.some((span) => span.start === next || span.end === end)) strength = Math.max(strength, 2)
    const tier = inside !== undefined ? (inside.bullets.includes(next) ? 1 : 4) : ([3, 2, 0, 0][strength] as number)
    points.push({ end, next, strength, tier })
  }
  return points
}

function numbered(part: string, index: number, total: number, numbering: boolean): string {
  return numbering ? `${part} ${index}/${total}` : part
}

/** The widest numbering a thread of `total` parts can carry (all digits are as wide as `9` on every platform). */
function numberingPlaceholder(total: number): string {
  const width = String(total).length
  return ` ${'9'.repeat(width)}/${'9'.repeat(width)}`
}

/** A text prepared for splitting: its break points and how to test a part. */
interface Splitter {
  readonly text: string
  readonly points: readonly BreakPoint[]
  readonly platformId: PlatformId
  /** Whether `text.slice(start, end)`, with the numbering suffix, fits. */
  fits(start: number, end: number): boolean
  /** Memo of {@link minimumParts} by start offset. */
  readonly minimumFrom: Map<number, number>
  /** About how many code units a part holds, from the whole text's count: where a search starts. */
  readonly unitsPerPart: number
}

/** A text measured whole, once: whether it fits, and how many code units it has per unit counted. */
interface WholeText {
  readonly fits: boolean
  readonly unitsPerCount: number
}

function measureWhole(text: string, platformId: PlatformId, options: ThreadOptions): WholeText {
  const { platform, measureOptions } = platformSettings(platformId, options.limits)
  const whole = platform.measure(text, measureOptions)
  return { fits: whole.withinLimit, unitsPerCount: text.length / Math.max(1, whole.length) }
}

function makeSplitter(text: string, platformId: PlatformId, options: ThreadOptions, suffix: string, whole: WholeText): Splitter {
  const { platform, measureOptions } = platformSettings(platformId, options.limits)
  // The searches ask about the same slices again and again; measuring is the costly part.
  const known = new Map<number, boolean>()
  const stride = text.length + 1
  // The numbering counts one unit a character on every platform (digits, a space and a slash).
  const room = (measureOptions.limit ?? platform.limits.text) - suffix.length
  const unitsPerPart = Math.max(1, Math.floor(room * whole.unitsPerCount))
  return {
    unitsPerPart,
    text,
    points: breakPoints(text),
    platformId,
    fits(start, end) {
      const key = start * stride + end
      let fits = known.get(key)
      if (fits === undefined) {
        fits = platform.measure(text.slice(start, end) + suffix, measureOptions).withinLimit
        known.set(key, fits)
      }
      return fits
    },
    minimumFrom: new Map(),
  }
}

/** Index of the first break point whose part would start after `start`. */
function firstPointAfter(points: readonly BreakPoint[], start: number): number {
  let low = 0
  let high = points.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((points[mid] as BreakPoint).end <= start) low = mid + 1
    else high = mid
  }
  return low
}

/** Index of the last break point whose part from `start` would end at or before `end` (at least `first`). */
function lastPointBefore(points: readonly BreakPoint[], first: number, end: number): number {
  let low = first
  let high = points.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((points[mid] as BreakPoint).end <= end) low = mid
    else high = mid - 1
  }
  return low
}

/**
 * Furthest break point (index) whose part from `start` still fits, or -1.
 * Starts at the break point where a part of average density would end, then
 * gallops forward or back and finishes by binary search (a longer prefix never
 * measures shorter): a few measurements of part-sized slices per part.
 */
function furthestFit(splitter: Splitter, start: number, first: number): number {
  const { points } = splitter
  const count = points.length
  if (first >= count) return -1
  const fits = (index: number) => splitter.fits(start, (points[index] as BreakPoint).end)
  const guess = lastPointBefore(points, first, start + splitter.unitsPerPart)
  // Bracket: `low` fits (or is first - 1), `high` does not fit (or is count).
  let low: number
  let high: number
  if (fits(guess)) {
    low = guess
    high = count
    for (let step = 1; guess + step < count; step *= 2) {
      if (!fits(guess + step)) {
        high = guess + step
        break
      }
      low = guess + step
    }
  } else {
    high = guess
    low = first - 1
    for (let step = 1; guess - step >= first; step *= 2) {
      if (fits(guess - step)) {
        low = guess - step
        break
      }
      high = guess - step
    }
  }
  while (high - low > 1) {
    const mid = (low + high) >> 1
    if (fits(mid)) low = mid
    else high = mid
  }
  return low >= first ? low : -1
}

/**
 * Fewest parts the text from `start` can take (greedy furthest fit, which is
 * optimal when a shorter part never measures longer), or Infinity when one
 * piece between two break points is longer than a post. Memoised per start:
 * the greedy chains from nearby starts soon run into each other.
 */
function minimumParts(splitter: Splitter, start: number): number {
  const chain: number[] = []
  let from = start
  let count: number | undefined
  for (;;) {
    count = splitter.minimumFrom.get(from)
    if (count !== undefined) break
    chain.push(from)
    const first = firstPointAfter(splitter.points, from)
    const at = furthestFit(splitter, from, first)
    // Only when every later break point fits can the whole rest fit (a longer text never
    // measures shorter): measuring the rest at every step would make long texts quadratic.
    if ((first >= splitter.points.length || at === splitter.points.length - 1) && splitter.fits(from, splitter.text.length)) {
      count = 0
      break
    }
    if (at === -1) {
      count = Number.POSITIVE_INFINITY
      break
    }
    from = (splitter.points[at] as BreakPoint).next
  }
  // `count` is the parts after the last start of the chain; walk back, one more part per step.
  for (let i = chain.length - 1; i >= 0; i--) {
    count += 1
    splitter.minimumFrom.set(chain[i] as number, count)
  }
  return count
}

/**
 * `starts[j]`: the earliest offset from which the end of the text fits in `j`
 * parts (index 0 unused), found by the mirror of the greedy split: fill parts
 * from the end, each as long as it can be. A break is then feasible for the
 * part before the last `j` exactly when the text after it starts at or after
 * `starts[j]`. Infinity when `j` parts cannot hold the end of the text.
 */
function earliestStarts(splitter: Splitter, parts: number): number[] {
  const { points } = splitter
  const starts = [0]
  let end = splitter.text.length
  let before = points.length // break points usable for the current part are those before this index
  for (let j = 1; j <= parts; j++) {
    if (before === 0) {
      const fill = splitter.fits(0, end) ? 0 : Number.POSITIVE_INFINITY
      while (starts.length <= parts) starts.push(fill)
      return starts
    }
    // Smallest index whose part `[next, end)` fits: gallop back from the end, then binary search.
    let earliest = -1
    let step = 1
    let probe = before - 1
    while (probe >= 0 && splitter.fits((points[probe] as BreakPoint).next, end)) {
      earliest = probe
      probe = before - 1 - step
      step *= 2
    }
    if (earliest === -1) {
      while (starts.length <= parts) starts.push(Number.POSITIVE_INFINITY)
      return starts
    }
    let low = Math.max(probe + 1, 0)
    let high = earliest - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (splitter.fits((points[mid] as BreakPoint).next, end)) {
        earliest = mid
        high = mid - 1
      } else low = mid + 1
    }
    // Only when the part from the first break point fits can the part from 0 fit (see minimumParts).
    if (earliest === 0 && splitter.fits(0, end)) {
      while (starts.length <= parts) starts.push(0)
      return starts
    }
    const point = points[earliest] as BreakPoint
    starts.push(point.next)
    end = point.end
    before = earliest
  }
  return starts
}

/**
 * Splits into exactly `target` parts, each break placed among the breaks that
 * still let the rest fit in the parts left: by `kind`, the best tier there,
 * then the nearest to an even share of what is left; by `share`, the nearest
 * to the even share, drawn to strong boundaries by 24 characters a strength.
 * Undefined when `target` parts cannot be made.
 */
function splitInto(splitter: Splitter, target: number, choice: 'kind' | 'share'): { parts: string[]; tiers: number[] } | undefined {
  const { text, points } = splitter
  const starts = earliestStarts(splitter, target - 1)
  const parts: string[] = []
  const tiers: number[] = []
  let start = 0
  for (let partsLeft = target; partsLeft > 1; partsLeft--) {
    const first = firstPointAfter(points, start)
    const furthest = furthestFit(splitter, start, first)
    // Leave at least `partsLeft - 2` break points for the parts after this one.
    const last = Math.min(furthest, points.length - (partsLeft - 1))
    const restFrom = starts[partsLeft - 1] as number
    let earliest = first
    while (earliest <= last && (points[earliest] as BreakPoint).next < restFrom) earliest++
    if (earliest > last) return undefined
    const share = start + (text.length - start) / partsLeft
    const window = points.slice(earliest, last + 1)
    const bestTier = choice === 'kind' ? Math.min(...window.map((point) => point.tier)) : Number.POSITIVE_INFINITY
    let best = window[0] as BreakPoint
    let bestScore = Number.POSITIVE_INFINITY
    for (const point of window) {
      if (point.tier > bestTier) continue
      const score = Math.abs(point.end - share) - point.strength * 24
      if (score < bestScore) {
        best = point
        bestScore = score
      }
    }
    parts.push(text.slice(start, best.end))
    tiers.push(best.tier)
    start = best.next
  }
  if (!splitter.fits(start, text.length)) return undefined
  parts.push(text.slice(start))
  return { parts, tiers }
}

/** Both ways of choosing; the `share` one only when its breaks are of better kinds (fewer of tier 4, then 3, 2, 1). */
function splitBest(splitter: Splitter, target: number): string[] | undefined {
  const byKind = splitInto(splitter, target, 'kind')
  const byShare = splitInto(splitter, target, 'share')
  if (byKind === undefined) return undefined
  if (byShare === undefined) return byKind.parts
  const profile = (tiers: number[]) => [4, 3, 2, 1].map((tier) => tiers.filter((t) => t === tier).length)
  const a = profile(byKind.tiers)
  const b = profile(byShare.tiers)
  const differs = a.findIndex((count, i) => count !== b[i])
  return differs !== -1 && (a[differs] as number) > (b[differs] as number) ? byShare.parts : byKind.parts
}

/** Offset where no part can be made (for {@link ThreadSplitError}). */
function unsplittableOffset(splitter: Splitter): number {
  let from = 0
  for (;;) {
    const at = furthestFit(splitter, from, firstPointAfter(splitter.points, from))
    if (at === -1) return from
    from = (splitter.points[at] as BreakPoint).next
  }
}

/**
 * Splits `text` into parts that each fit `platformId`, numbered `1/n`…, never
 * inside a URL, hashtag, mention, word or grapheme cluster, and never at a
 * no-break space. It makes the fewest parts possible, then places each break
 * near an even share, preferring paragraph, then sentence, then clause, then
 * word boundaries. A text that fits is returned whole, unnumbered (unless
 * `parts` asks for more). Nothing is ever cut or dropped: joining the parts
 * (numbering removed) gives the text back, up to the whitespace at the breaks.
 *
 * @throws {ThreadSplitError} when one word is longer than a whole post.
 * @example
 * oracleSplitThread(longFrenchText, 'x') // ['… 1/2', '… 2/2']
 */
export function oracleSplitThread(text: string, platformId: PlatformId, options: ThreadOptions = {}): string[] {
  const numbering = options.numbering ?? true
  const wanted = options.parts ?? 1
  const trimmed = text.trim()
  if (trimmed === '') return [text]
  const whole = measureWhole(text, platformId, options)
  if (wanted <= 1 && whole.fits) return [text]
  const finish = (parts: string[]) => (parts.length === 1 ? parts : parts.map((part, i) => numbered(part, i + 1, parts.length, numbering)))
  if (wanted > 1) {
    const asked = splitBest(makeSplitter(trimmed, platformId, options, numbering ? numberingPlaceholder(wanted) : '', whole), wanted)
    if (asked !== undefined) return finish(asked)
  }
  // The numbering's width depends on the number of parts: assume d digits until the count needs more.
  for (let digits = 1; ; digits++) {
    const splitter = makeSplitter(trimmed, platformId, options, numbering ? numberingPlaceholder(10 ** digits - 1) : '', whole)
    const count = minimumParts(splitter, 0)
    if (count === Number.POSITIVE_INFINITY) throw new ThreadSplitError(platformId, unsplittableOffset(splitter))
    if (count >= 10 ** digits) {
      // Wider numbering never makes fewer parts: go straight to the width this count needs.
      digits = String(count).length - 1
      continue
    }
    const parts = splitBest(splitter, count)
    // splitBest always succeeds for the minimum count (the greedy split is one of its choices).
    if (parts === undefined) throw new ThreadSplitError(platformId, unsplittableOffset(splitter))
    return finish(parts)
  }
}

/**
 * How many parts `text` takes as a thread on `platformId` (1 when it fits):
 * the same count as `oracleSplitThread(text, platformId).length`, found without
 * placing the breaks (the fewest parts is all a count needs).
 *
 * @throws {ThreadSplitError} when one word is longer than a whole post.
 */
export function oracleThreadPartCount(text: string, platformId: PlatformId, options: Omit<ThreadOptions, 'parts'> = {}): number {
  const numbering = options.numbering ?? true
  const trimmed = text.trim()
  if (trimmed === '') return 1
  const whole = measureWhole(text, platformId, options)
  if (whole.fits) return 1
  for (let digits = 1; ; digits++) {
    const splitter = makeSplitter(trimmed, platformId, options, numbering ? numberingPlaceholder(10 ** digits - 1) : '', whole)
    const count = minimumParts(splitter, 0)
    if (count === Number.POSITIVE_INFINITY) throw new ThreadSplitError(platformId, unsplittableOffset(splitter))
    if (count < 10 ** digits) return count
    digits = String(count).length - 1
  }
}
