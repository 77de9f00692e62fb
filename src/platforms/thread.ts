import { fittingPrefixLength, splitsAt } from './fit.js'
import { platformSettings, type PlatformOverrides } from './registry.js'
import type { PlatformId } from './types.js'

/** Options of {@link splitThread}. */
export interface ThreadOptions {
  /** Limit overrides (a paid X account, a 1,000-character Mastodon instance). */
  readonly limits?: PlatformOverrides
  /** Make exactly this many parts when the text allows it (to keep EN and FR threads parallel). */
  readonly parts?: number
  /** Add ` 1/3`-style numbering to each part (default true). */
  readonly numbering?: boolean
}

/** Thrown when a text cannot be split without cutting a word, URL, hashtag or mention. */
export class ThreadSplitError extends Error {
  override readonly name = 'ThreadSplitError'
  constructor(
    readonly platform: PlatformId,
    readonly offset: number,
  ) {
    super(`Cannot split the text for ${platform} at offset ${offset}: a single word, URL, hashtag or mention is longer than a whole post.`)
  }
}

/** A place a thread may break, and how good a place it is. */
interface BreakPoint {
  /** End of the part before the break (the whitespace excluded). */
  readonly end: number
  /** Start of the next part (the whitespace skipped). */
  readonly next: number
  /** 3 paragraph, 2 sentence, 1 clause, 0 word. */
  readonly strength: number
  /**
   * Which kind of break it is, best first: 0 a paragraph or sentence end (or the edge of a
   * list), 1 between two items of a list, 2 a clause end, 3 between words, 4 inside a list item.
   * A part ends at the best kind that the fewest parts allow, whatever the distance.
   */
  readonly tier: number
}

/** Tier of a break outside any list, by strength (see {@link BreakPoint.tier}). */
const tierOfStrength = [3, 2, 0, 0] as const
const betweenItemsTier = 1
const insideItemTier = 4

/**
 * What starts a list item's line: a bullet (the `•` that Markdown lists render to, a dash,
 * an asterisk, a check mark or an emoji bullet) or a number (`1.`, `2)`), then a space.
 */
const listItemStart = /[ \t]*(?:[-*+•‣◦▪–—✓✔➤►▶]\ufe0f?|☑\ufe0f?|[✅🔹🔸👉]|\d{1,3}[.)])[^\S\n]/uy

/** A list: the span from its first item's bullet to the end of its last item's line, and where each item starts. */
interface ListSpan {
  readonly start: number
  readonly end: number
  readonly items: ReadonlySet<number>
}

/**
 * Lists of a text: two or more lines in a row that start like list items, with
 * nothing between them but blank lines. A line that does not start like an
 * item (the rest of a paragraph) ends the list.
 */
function listsOf(text: string): ListSpan[] {
  const lists: ListSpan[] = []
  if (!text.includes('\n')) return lists
  let items: number[] = []
  let lastEnd = 0
  const close = () => {
    if (items.length >= 2) lists.push({ start: items[0] as number, end: lastEnd, items: new Set(items) })
    items = []
  }
  for (let start = 0; start <= text.length;) {
    const feed = text.indexOf('\n', start)
    const lineEnd = feed === -1 ? text.length : feed
    listItemStart.lastIndex = start
    if (listItemStart.test(text)) {
      let bullet = start
      while (text.charCodeAt(bullet) === 0x20 || text.charCodeAt(bullet) === 0x09) bullet++
      items.push(bullet)
      lastEnd = lineEnd
    } else if (text.slice(start, lineEnd).trim() !== '') close()
    start = lineEnd + 1
  }
  close()
  return lists
}

/**
 * Breakable whitespace: every white space (`\s`) but the no-break ones (U+00A0,
 * U+2007, U+202F), which French typography puts before `:` `;` `!` `?` `»` and
 * inside `14 h 30` precisely so that nothing breaks there.
 */
function isBreakableWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0x1680) return false
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a && code !== 0x2007) || code === 0x2028 || code === 0x2029 || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** U+00A0, U+2007, U+202F or the word joiner U+2060: nothing breaks next to them. */
function isNoBreakSpace(code: number): boolean {
  return code === 0xa0 || code === 0x2007 || code === 0x202f || code === 0x2060
}

/** A code point that joins the cluster before it (UAX #29 GB9/GB9a): a break before it would split a grapheme. */
const clusterContinuation = /^[\p{M}\u200c\u200d\p{Emoji_Modifier}]/u
/** Characters that end a sentence, then a clause, when a break follows them (each one code unit). */
const sentenceEnds = '.!?…»"”)'
const clauseEnds = ',;:—–'

/**
 * Every run of breakable whitespace is a break point, ranked by what precedes
 * it. URLs, hashtags and mentions hold no whitespace, so a break between
 * whitespace-separated tokens can never fall inside one; only breaks that would
 * glue a no-break space or a combining mark to the wrong part are left out.
 */
function breakPoints(text: string): BreakPoint[] {
  const points: BreakPoint[] = []
  const n = text.length
  const lists = listsOf(text)
  let list = 0
  // A scan of char codes, not `matchAll`: a match object per run of white space cost more than the rest.
  for (let at = 0; at < n; at++) {
    if (!isBreakableWhitespace(text.charCodeAt(at))) continue
    const end = at
    let lineFeeds = 0
    for (let code = text.charCodeAt(at); at < n && isBreakableWhitespace(code); code = text.charCodeAt(++at)) if (code === 0x0a) lineFeeds++
    const next = at
    if (end === 0 || next === n) continue
    if (isNoBreakSpace(text.charCodeAt(end - 1)) || isNoBreakSpace(text.charCodeAt(next))) continue
    // Nothing below U+0300 joins the cluster before it: the regular expression is for the rest.
    if (text.charCodeAt(next) >= 0x300 && clusterContinuation.test(text.slice(next, next + 2))) continue
    const before = text.charAt(end - 1)
    // Two line feeds in one run of white space make a blank line: a paragraph break.
    let strength = lineFeeds >= 2 ? 3 : sentenceEnds.includes(before) ? 2 : clauseEnds.includes(before) ? 1 : 0
    while (list < lists.length && (lists[list] as ListSpan).end < end) list++
    const span = lists[list]
    let tier: number
    if (span !== undefined && span.start < next && end < span.end) tier = span.items.has(next) ? betweenItemsTier : insideItemTier
    else {
      // Right before a list or right after it: the list stays whole, as at a sentence end.
      if (span !== undefined && (next === span.start || end === span.end)) strength = Math.max(strength, 2)
      tier = tierOfStrength[strength] as number
    }
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
  /**
   * Where a part from `start` would end if only the main limit counted and the
   * numbering were as wide as its length (text.length when the rest fits so):
   * where a search starts, usually right next to its answer.
   */
  fittingEnd(start: number): number
}

/** A text tried whole: whether it fits, and where the main limit cuts it (undefined when it does not). */
interface WholeText {
  readonly fits: boolean
  readonly fittingLength: number | undefined
}

/**
 * Whether `text` fits whole. Most texts that reach the splitter are over the
 * main limit, which the fitting-prefix pass finds out by reading no further
 * than the limit (and where it stops is the first part's first guess); the
 * full measure is left for the texts within it (its other constraints:
 * Bluesky's bytes, Threads' links).
 */
function tryWhole(text: string, platformId: PlatformId, options: ThreadOptions): WholeText {
  const { platform, measureOptions } = platformSettings(platformId, options.limits)
  const limit = measureOptions.limit ?? platform.limits.text
  const fittingLength = fittingPrefixLength(text, platformId, measureOptions, limit)
  return { fits: fittingLength === undefined && platform.measure(text, measureOptions).withinLimit, fittingLength }
}

/**
 * `whole` is the untrimmed text tried whole, and `lead` the white space trimmed
 * off its start: where the main limit cuts it, less the numbering, seeds the
 * first part's search (one pass fewer; any guess gives the same answer).
 */
function makeSplitter(text: string, platformId: PlatformId, options: ThreadOptions, suffix: string, whole: WholeText, lead: number): Splitter {
  const { platform, measureOptions } = platformSettings(platformId, options.limits)
  // The searches ask about the same slices again and again; measuring is the costly part.
  const known = new Map<number, boolean>()
  const stride = text.length + 1
  const limit = measureOptions.limit ?? platform.limits.text
  // The numbering counts one unit a character on every platform (digits, a space and a slash).
  const room = limit - suffix.length
  const fittingEnds = new Map<number, number>()
  if (whole.fittingLength !== undefined) fittingEnds.set(0, Math.max(0, whole.fittingLength - lead - suffix.length))
  const fittingEnd = (start: number): number => {
    let end = fittingEnds.get(start)
    if (end === undefined) {
      const length = fittingPrefixLength(text.slice(start), platformId, measureOptions, room)
      end = length === undefined ? text.length : start + length
      fittingEnds.set(start, end)
    }
    return end
  }
  const points = breakPoints(text)
  // Main counts of the parts measured, by the keys of `known`.
  const counted = new Map<number, number>()
  // The numbering is a space and digits: a cut after its space adds up (fit.ts), so a part with the
  // numbering counts as much as the part with a space plus this.
  const digitsCount = suffix.length > 1 && splitsAt(suffix, 1) ? platform.measure(suffix.slice(1), measureOptions).length : undefined
  /**
   * The main count of a part with its numbering, from that of the part up to the break point
   * before its end, when that one was measured and the last words follow it after a single space
   * where a cut adds up: then only those words are measured. Undefined otherwise.
   */
  const countFromPartBefore = (start: number, end: number, part: string): number | undefined => {
    if (digitsCount === undefined) return undefined
    const point = points[lastPointEndingBefore(points, end)]
    if (point === undefined || point.end <= start || point.next - point.end !== 1 || text.charCodeAt(point.end) !== 0x20) return undefined
    const before = counted.get(start * stride + point.end)
    if (before === undefined || !splitsAt(part, point.next - start)) return undefined
    return before - digitsCount + platform.measure(part.slice(point.next - start), measureOptions).length
  }
  return {
    text,
    points,
    platformId,
    fits(start, end) {
      const key = start * stride + end
      let fits = known.get(key)
      if (fits === undefined) {
        const part = text.slice(start, end) + suffix
        // A part past the fitting end found for its start (the searches of minimumParts and splitInto)
        // is most likely over the main limit, which the count from the part before or the pass prove
        // more cheaply than a measure (exactly: a number means over); the measure settles the rest.
        // Other starts are not worth a pass of their own.
        const fittingEndFound = fittingEnds.get(start)
        let over = false
        if (fittingEndFound !== undefined && end > fittingEndFound) {
          const count = countFromPartBefore(start, end, part)
          over = count === undefined ? fittingPrefixLength(part, platformId, measureOptions, limit) !== undefined : count > limit
        }
        if (over) fits = false
        else {
          const measurement = platform.measure(part, measureOptions)
          fits = measurement.withinLimit
          counted.set(key, measurement.length)
        }
        known.set(key, fits)
      }
      return fits
    },
    minimumFrom: new Map(),
    fittingEnd,
  }
}

/** Index of the last break point that ends before `end`, or -1. */
function lastPointEndingBefore(points: readonly BreakPoint[], end: number): number {
  let low = -1
  let high = points.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((points[mid] as BreakPoint).end < end) low = mid
    else high = mid - 1
  }
  return low
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
 * Starts at the last break point before the fitting end (see `fit.ts`), then
 * gallops forward or back and finishes by binary search (a longer prefix never
 * measures shorter). The guess is almost always the answer: one measure that
 * fits and one fitting-prefix pass that proves the next break point over.
 */
function furthestFit(splitter: Splitter, start: number, first: number): number {
  const { points } = splitter
  const count = points.length
  if (first >= count) return -1
  const fits = (index: number) => splitter.fits(start, (points[index] as BreakPoint).end)
  const guess = lastPointBefore(points, first, splitter.fittingEnd(start))
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
    // When the pass says the rest fits, one measure usually settles it (the search below would take two).
    if (splitter.fittingEnd(from) === splitter.text.length && splitter.fits(from, splitter.text.length)) {
      count = 0
      break
    }
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

/** How a part's break is chosen among those that let the rest fit (see {@link splitInto}). */
type BreakChoice = 'kind' | 'share'

/** A split: the parts, and the tier of each break between them. */
interface Split {
  readonly parts: string[]
  readonly tiers: number[]
}

/**
 * Splits into exactly `target` parts, each break chosen among those that still
 * let the rest fit in the parts left. `kind`: the best kind of break (see
 * {@link BreakPoint.tier}), then the nearest to an even share of what is left;
 * `share`: the nearest to the even share, drawn to strong boundaries
 * (paragraph, sentence, clause) by a few dozen characters. Undefined when
 * `target` parts cannot be made (too few break points, or too little room).
 */
function splitInto(splitter: Splitter, target: number, choice: BreakChoice, starts: readonly number[]): Split | undefined {
  const { text, points } = splitter
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
    let best = points[earliest] as BreakPoint
    let bestScore = Number.POSITIVE_INFINITY
    for (let i = earliest; i <= last; i++) {
      const point = points[i] as BreakPoint
      if (choice === 'kind' && point.tier > best.tier) continue
      // A paragraph is worth moving a few dozen characters further from the even share than a sentence.
      const score = Math.abs(point.end - share) - point.strength * 24
      if ((choice === 'kind' && point.tier < best.tier) || score < bestScore) {
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

/** Whether split `a` breaks worse than `b`: more breaks inside list items, then more between words, and so on. */
function breaksWorse(a: Split, b: Split): boolean {
  for (let tier = insideItemTier; tier > 0; tier--) {
    const inA = a.tiers.filter((t) => t === tier).length
    const inB = b.tiers.filter((t) => t === tier).length
    if (inA !== inB) return inA > inB
  }
  return false
}

/**
 * The better of the two ways of choosing breaks: the best kind of break for
 * each part in turn (a sentence before a clause, a list kept whole) can leave
 * the next parts only word breaks, where drawing each break to the even share
 * would not; the split whose breaks are the better kinds is kept (the first
 * way when they tie).
 */
function splitBest(splitter: Splitter, target: number): string[] | undefined {
  const starts = earliestStarts(splitter, target - 1)
  const byKind = splitInto(splitter, target, 'kind', starts)
  if (byKind === undefined) return undefined
  if (byKind.tiers.every((tier) => tier === 0)) return byKind.parts
  const byShare = splitInto(splitter, target, 'share', starts)
  return byShare !== undefined && breaksWorse(byKind, byShare) ? byShare.parts : byKind.parts
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
 * splitThread(longFrenchText, 'x') // ['… 1/2', '… 2/2']
 */
export function splitThread(text: string, platformId: PlatformId, options: ThreadOptions = {}): string[] {
  const numbering = options.numbering ?? true
  const wanted = options.parts ?? 1
  const trimmed = text.trim()
  if (trimmed === '') return [text]
  const whole = tryWhole(text, platformId, options)
  if (wanted <= 1 && whole.fits) return [text]
  const lead = text.length - text.trimStart().length
  const finish = (parts: string[]) => (parts.length === 1 ? parts : parts.map((part, i) => numbered(part, i + 1, parts.length, numbering)))
  if (wanted > 1) {
    const asked = splitBest(makeSplitter(trimmed, platformId, options, numbering ? numberingPlaceholder(wanted) : '', whole, lead), wanted)
    if (asked !== undefined) return finish(asked)
  }
  // The numbering's width depends on the number of parts: assume d digits until the count needs more.
  for (let digits = 1; ; digits++) {
    const splitter = makeSplitter(trimmed, platformId, options, numbering ? numberingPlaceholder(10 ** digits - 1) : '', whole, lead)
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

/** One section's parts, unnumbered, for a numbering as wide as `suffix`: the section whole (trimmed) when it fits with it. */
function sectionParts(text: string, platformId: PlatformId, options: ThreadOptions, suffix: string): string[] {
  const trimmed = text.trim()
  const splitter = makeSplitter(trimmed, platformId, options, suffix, tryWhole(text, platformId, options), text.length - text.trimStart().length)
  if (splitter.fits(0, trimmed.length)) return [trimmed]
  const count = minimumParts(splitter, 0)
  const parts = count === Number.POSITIVE_INFINITY ? undefined : splitBest(splitter, count)
  if (parts === undefined) throw new ThreadSplitError(platformId, unsplittableOffset(splitter))
  return parts
}

/**
 * Splits texts that each start a part of their own into one numbered thread:
 * the two languages of a bilingual post, so that each stays whole where it
 * fits (the English in part 1, the French from part 2) instead of a French
 * sentence cut into part 1. A text longer than a post is split as
 * {@link splitThread} splits it; blank texts are left out.
 *
 * @throws {ThreadSplitError} when one word is longer than a whole post (its offset is in that text).
 * @example
 * splitThreadSections([englishText, frenchText], 'x') // ['English… 1/3', 'Français… 2/3', '… 3/3']
 */
export function splitThreadSections(sections: readonly string[], platformId: PlatformId, options: Omit<ThreadOptions, 'parts'> = {}): string[] {
  const numbering = options.numbering ?? true
  const texts = sections.filter((section) => section.trim() !== '')
  // The numbering's width depends on the number of parts, as in splitThread.
  for (let digits = 1; ; digits++) {
    const suffix = numbering ? numberingPlaceholder(10 ** digits - 1) : ''
    const parts = texts.flatMap((text) => sectionParts(text, platformId, options, suffix))
    if (numbering && parts.length >= 10 ** digits) {
      digits = String(parts.length).length - 1
      continue
    }
    return parts.length === 1 ? parts : parts.map((part, i) => numbered(part, i + 1, parts.length, numbering))
  }
}

/**
 * Splits an English and a French text into threads with the same number of
 * parts where both can, so paired accounts stay parallel: the shorter language
 * is spread over as many parts as the longer one needs.
 *
 * @example
 * const { en, fr } = splitThreadPair(post.en, post.fr, 'x')
 * en.length === fr.length // true whenever the shorter text has enough break points
 */
export function splitThreadPair(en: string, fr: string, platformId: PlatformId, options: Omit<ThreadOptions, 'parts'> = {}): { en: string[]; fr: string[] } {
  const enParts = splitThread(en, platformId, options)
  const frParts = splitThread(fr, platformId, options)
  if (enParts.length === frParts.length) return { en: enParts, fr: frParts }
  const parts = Math.max(enParts.length, frParts.length)
  return {
    en: enParts.length < parts ? splitThread(en, platformId, { ...options, parts }) : enParts,
    fr: frParts.length < parts ? splitThread(fr, platformId, { ...options, parts }) : frParts,
  }
}

/**
 * How many parts `text` takes as a thread on `platformId` (1 when it fits):
 * the same count as `splitThread(text, platformId).length`, found without
 * placing the breaks (the fewest parts is all a count needs).
 *
 * @throws {ThreadSplitError} when one word is longer than a whole post.
 */
export function threadPartCount(text: string, platformId: PlatformId, options: Omit<ThreadOptions, 'parts'> = {}): number {
  const numbering = options.numbering ?? true
  const trimmed = text.trim()
  if (trimmed === '') return 1
  const whole = tryWhole(text, platformId, options)
  if (whole.fits) return 1
  const lead = text.length - text.trimStart().length
  for (let digits = 1; ; digits++) {
    const splitter = makeSplitter(trimmed, platformId, options, numbering ? numberingPlaceholder(10 ** digits - 1) : '', whole, lead)
    const count = minimumParts(splitter, 0)
    if (count === Number.POSITIVE_INFINITY) throw new ThreadSplitError(platformId, unsplittableOffset(splitter))
    if (count < 10 ** digits) return count
    digits = String(count).length - 1
  }
}
