import { platformSettings, type PlatformOverrides } from '../platforms/registry.js'
import type { PlatformId } from '../platforms/types.js'
import { extractHashtags, extractMentions } from '../text/social-entities.js'
import { extractUrls } from '../text/urls.js'

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
  /** End of the part before the break (trailing space excluded). */
  readonly end: number
  /** Start of the next part (leading space skipped). */
  readonly next: number
  /** 3 paragraph, 2 sentence, 1 clause, 0 word. */
  readonly strength: number
}

const whitespaceRun = /\s+/g
const sentenceEnd = /[.!?…»"”)]$/
const clauseEnd = /[,;:—–]$/

function protectedRanges(text: string): Array<{ start: number; end: number }> {
  return [
    ...extractUrls(text),
    ...(text.includes('#') || text.includes('＃') ? extractHashtags(text) : []),
    ...(text.includes('@') || text.includes('＠') ? extractMentions(text) : []),
  ]
}

/** Every whitespace run outside URLs, hashtags and mentions is a break point, ranked by what precedes it. */
function breakPoints(text: string): BreakPoint[] {
  const guarded = protectedRanges(text)
  const points: BreakPoint[] = []
  for (const match of text.matchAll(whitespaceRun)) {
    const end = match.index
    const next = end + match[0].length
    if (end === 0 || next === text.length) continue
    if (guarded.some((r) => r.start < end && end < r.end)) continue
    // A space followed by a combining mark belongs to one grapheme cluster with it: not a break.
    if (/^\p{M}/u.test(text.slice(next, next + 1))) continue
    const before = text.slice(Math.max(0, end - 1), end)
    const strength = match[0].includes('\n\n') ? 3 : sentenceEnd.test(before) ? 2 : clauseEnd.test(before) ? 1 : 0
    points.push({ end, next, strength })
  }
  return points
}

function numbered(part: string, index: number, total: number, numbering: boolean): string {
  return numbering ? `${part} ${index}/${total}` : part
}

/**
 * Splits `text` into parts that each fit `platformId`, numbered `1/n`…, never
 * inside a URL, hashtag, mention, word or grapheme cluster, preferring
 * paragraph, then sentence, then clause, then word boundaries. A text that
 * fits is returned whole, unnumbered. Nothing is ever cut or dropped: joining
 * the parts (numbering removed) gives the text back, up to the whitespace at
 * the breaks.
 *
 * @throws {ThreadSplitError} when one word is longer than a whole post.
 * @example
 * splitThread(longFrenchText, 'x') // ['… 1/2', '… 2/2']
 */
export function splitThread(text: string, platformId: PlatformId, options: ThreadOptions = {}): string[] {
  const { platform, measureOptions } = platformSettings(platformId, options.limits)
  const fits = (part: string) => platform.measure(part, measureOptions).withinLimit
  const numbering = options.numbering ?? true
  const trimmed = text.trim()
  const wanted = options.parts ?? 1
  if (trimmed === '' || (wanted <= 1 && fits(text))) return [text]
  const points = breakPoints(trimmed)
  const finish = (parts: string[]) => (parts.length === 1 ? parts : parts.map((part, i) => numbered(part, i + 1, parts.length, numbering)))
  if (wanted > 1) {
    // Measure with the widest numbering of that many parts, so the real numbering always fits.
    const widest = numberingPlaceholder(wanted)
    const balanced = split(trimmed, points, fits, numbering ? widest : '', platformId, wanted)
    if (balanced !== undefined) return finish(balanced)
  }
  // The numbering's width depends on the number of parts: assume d digits until the count needs more.
  for (let digits = 1; ; digits++) {
    const parts = split(trimmed, points, fits, numbering ? numberingPlaceholder(10 ** digits - 1) : '', platformId, undefined)
    if (parts !== undefined && parts.length < 10 ** digits) return finish(parts)
  }
}

function numberingPlaceholder(total: number): string {
  const width = String(total).length
  return ` ${'9'.repeat(width)}/${'9'.repeat(width)}`
}

/**
 * Splits at break points, each part measured with `suffix` appended. With
 * `target` parts it aims each break at an even share of what is left (for
 * parallel EN/FR threads) and gives up (undefined) when more would be needed;
 * without, it fills each part as far as a good break allows.
 */
function split(
  text: string,
  points: readonly BreakPoint[],
  fits: (part: string) => boolean,
  suffix: string,
  platformId: PlatformId,
  target: number | undefined,
): string[] | undefined {
  const parts: string[] = []
  let start = 0
  let first = 0 // index of the first break point after `start`
  while (start < text.length) {
    const partsLeft = target === undefined ? 1 : target - parts.length
    const rest = text.slice(start)
    if (partsLeft <= 1 && fits(rest + suffix)) {
      parts.push(rest)
      return parts
    }
    if (partsLeft <= 0) return undefined
    while (first < points.length && (points[first] as BreakPoint).end <= start) first++
    if (first >= points.length) {
      if (target !== undefined && fits(rest + suffix)) {
        // Too few break points for the count asked: fewer parts is the honest answer.
        parts.push(rest)
        return parts
      }
      throw new ThreadSplitError(platformId, start)
    }
    // Furthest break point whose part still fits (binary search: a longer prefix never measures shorter).
    let low = first
    let high = points.length - 1
    let furthest = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (fits(text.slice(start, (points[mid] as BreakPoint).end) + suffix)) {
        furthest = mid
        low = mid + 1
      } else high = mid - 1
    }
    if (furthest === -1) throw new ThreadSplitError(platformId, start)
    const chosen = chooseBreak(points, first, furthest, start, text.length, partsLeft, target !== undefined)
    parts.push(text.slice(start, chosen.end))
    start = chosen.next
  }
  return parts
}

/** Picks among fitting break points: the strongest in the last half of the reachable span, or the one nearest an even share. */
function chooseBreak(
  points: readonly BreakPoint[],
  first: number,
  furthest: number,
  start: number,
  length: number,
  partsLeft: number,
  balance: boolean,
): BreakPoint {
  const reach = (points[furthest] as BreakPoint).end
  if (balance) {
    const target = start + (length - start) / partsLeft
    let best = points[furthest] as BreakPoint
    let bestScore = Number.POSITIVE_INFINITY
    for (let i = first; i <= furthest; i++) {
      const point = points[i] as BreakPoint
      const score = Math.abs(point.end - target) - point.strength * 8
      if (score < bestScore) {
        best = point
        bestScore = score
      }
    }
    return best
  }
  const floor = start + (reach - start) / 2
  let best = points[furthest] as BreakPoint
  for (let i = furthest; i >= first; i--) {
    const point = points[i] as BreakPoint
    if (point.end < floor) break
    if (point.strength > best.strength) best = point
  }
  return best
}

/**
 * Splits an English and a French text into threads with the same number of
 * parts where both can, so paired accounts stay parallel.
 *
 * @example
 * const { en, fr } = splitThreadPair(post.en, post.fr, 'x')
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

/** How many parts `text` takes as a thread on `platformId` (1 when it fits). */
export function threadPartCount(text: string, platformId: PlatformId, options: Omit<ThreadOptions, 'parts'> = {}): number {
  return splitThread(text, platformId, options).length
}
