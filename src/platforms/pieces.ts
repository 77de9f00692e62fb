import { clusterCounterInCall, codePointLength, graphemeLength, utf8Length } from '../text/unicode.js'
import { mastodonLength, mastodonPieceCounter } from './mastodon.js'
import { threadsLength, threadsPieceCounterInCall } from './threads.js'
import type { MeasureOptions, PlatformId } from './types.js'
import { xCountingConfig, xPieceCounter, xUnitWeight, xWeightedLength } from './x.js'

/** A weight that {@link PieceCounting.inContext} decides, from the units around. */
export const contextual = 255

/**
 * A platform's main count, seen piece by piece (`src/platforms/fit.ts` walks a
 * text with it). Plain units, those with a positive weight here, never join
 * their neighbours: from the start of a piece up to its first unit that is not
 * plain, every prefix counts the sum of its units' weights. A unit weighs 0 when
 * it may take part in something the platform counts as a whole (a link, an
 * emoji, a grapheme cluster of several units, a mention with a domain, a
 * character NFC changes): its piece is then counted whole by `count`.
 */
export interface PieceCounting {
  /** Weight of a code unit (1–3), 0, or {@link contextual}. */
  readonly weightOf: (code: number) => number
  /** Weight (0–3) of the unit at `at`, for a unit whose `weightOf` is {@link contextual}. */
  readonly inContext: (text: string, at: number) => number
  /** The main constraint's count of a piece, as the platform's `measure` has it (without the other constraints). */
  readonly count: (piece: string, options: MeasureOptions) => number
  /**
   * `count` of the pieces of one text, given by their place in it (`[start, end)`, both cut where `splitsAt`
   * allows), for a platform that counts them faster from what it reads of the whole text once.
   */
  readonly pieceCounter?: (text: string, options: MeasureOptions) => (start: number, end: number) => number
}

const CR = 0x0d

/**
 * Units that are a grapheme cluster each between two units of this set: Latin
 * (below the combining marks at U+0300) but CR, which joins a following LF, and
 * general punctuation but ZWNJ and ZWJ, which join their neighbours. None is
 * Extend, ZWJ, SpacingMark, Prepend or a regional indicator.
 */
function isOwnCluster(code: number): boolean {
  return (code < 0x300 && code !== CR) || (code >= 0x2000 && code <= 0x200b) || (code >= 0x200e && code <= 0x20cf)
}

const noContext = (): number => 0

/** Bluesky's main count is grapheme clusters. */
const bluesky: PieceCounting = {
  weightOf: (code) => (isOwnCluster(code) ? 1 : 0),
  inContext: noContext,
  count: graphemeLength,
  // Segmenting each piece again, for Bluesky, Mastodon and Threads alike, cost about 3 % of a check of the bench's posts.
  pieceCounter: (text) => clusterCounterInCall(text),
}

/**
 * Mastodon counts grapheme clusters, with links with a scheme and remote
 * mentions shortened. A link with a scheme holds `://`, so a colon before a
 * slash is not plain. The second `@` of a remote mention follows a character of
 * the user name, never white space: an `@` after white space (or at the start
 * of the text) is plain, any other is not.
 */
const mastodon: PieceCounting = {
  weightOf: (code) => (code === 0x3a || code === 0x40 ? contextual : isOwnCluster(code) ? 1 : 0),
  inContext: (text, at) => {
    if (text.charCodeAt(at) === 0x3a) return text.charCodeAt(at + 1) === 0x2f ? 0 : 1
    return at === 0 || isWhiteSpace(text.charCodeAt(at - 1)) ? 1 : 0
  },
  count: (piece, options) => mastodonLength(piece, options.charactersPerUrl),
  pieceCounter: (text, options) => mastodonPieceCounter(text, options.charactersPerUrl),
}

/** Threads counts clusters, © and ® as 2 and ‼ ⁉ ™ ℹ as 3 (their UTF-8 bytes, as emoji). */
const threads: PieceCounting = {
  weightOf: (code) => {
    if (code === 0xa9 || code === 0xae) return 2
    if (code === 0x203c || code === 0x2049 || code === 0x2122 || code === 0x2139) return 3
    return isOwnCluster(code) || (code >= 0x2100 && code <= 0x218f) ? 1 : 0
  },
  inContext: noContext,
  count: threadsLength,
  pieceCounter: (text) => threadsPieceCounterInCall(text),
}

/**
 * X's plain units are Latin (below U+0300) and general punctuation from U+2002 to
 * the first emoji of the block (‼): NFC changes none of them, and no emoji is made
 * of them alone (© and ® are emoji only with U+FE0F). Their weights are not
 * restated here: each is {@link xUnitWeight}'s, which reads `xCountingConfig`, the
 * one definition of X's ranges. Every link holds a dot followed by the first letter
 * of its top-level domain: such a dot is not plain.
 */
const x: PieceCounting = {
  weightOf: (code) => {
    if (code === 0x2e) return contextual
    return code < 0x300 || (code >= 0x2002 && code < 0x203c) ? xUnitWeight(code) / xCountingConfig.scale : 0
  },
  inContext: (text, at) => (mayStartTld(text.charCodeAt(at + 1)) ? 0 : 1),
  count: (piece) => xWeightedLength(piece).weightedLength,
  // Scanning each piece again for its links and emoji cost about 2 % of a check of the bench's posts.
  pieceCounter: (text) => xPieceCounter(text),
}

/** An ASCII letter or a non-ASCII character: what a top-level domain may start with. */
function mayStartTld(code: number): boolean {
  const letter = code | 0x20
  return code >= 0x80 || (letter >= 0x61 && letter <= 0x7a)
}

/** LinkedIn, Facebook and Instagram count UTF-16 units, surrogates included. */
const utf16: PieceCounting = { weightOf: () => 1, inContext: noContext, count: (piece) => piece.length }

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff

/** YouTube counts the UTF-8 bytes of a description; a surrogate sends its piece to be measured whole. */
const youtubeDescription: PieceCounting = {
  weightOf: (code) => (isSurrogate(code) ? 0 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3),
  inContext: noContext,
  count: utf8Length,
}

/** YouTube counts the code points of a title. */
const youtubeTitle: PieceCounting = { weightOf: (code) => (isSurrogate(code) ? 0 : 1), inContext: noContext, count: codePointLength }

function isWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09
}

const byPlatform: Readonly<Record<PlatformId, PieceCounting>> = {
  x,
  bluesky,
  mastodon,
  threads,
  linkedin: utf16,
  facebook: utf16,
  instagram: utf16,
  youtube: youtubeDescription,
}

/**
 * How the main constraint of a platform's `measure` with `options` counts,
 * piece by piece. A new platform needs an entry here too; weighing every unit 0
 * is always right (if slower: each piece is then counted whole) when its count
 * adds up over pieces cut where `splitsAt` (fit.ts) allows.
 */
export function pieceCountingFor(id: PlatformId, options: MeasureOptions): PieceCounting {
  return id === 'youtube' && options.field === 'title' ? youtubeTitle : byPlatform[id]
}
