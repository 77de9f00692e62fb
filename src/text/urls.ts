/**
 * Link extraction that gives exactly what twitter-text v3.1.0 `extractUrlsWithIndices`
 * gives, without its 40 KB of regular expressions.
 *
 * The grammar is ported from twitter-text (`regexp/extractUrl.js` and the pieces it
 * is built from, `extractUrlsWithIndices.js`, `lib/idna.js`; Apache-2.0, Copyright
 * 2018 Twitter, Inc.). twitter-text runs one backtracking regex; here each part is
 * matched by a small scanner that reproduces the regex's first-match choice:
 *
 * - a match starts after a "preceding" character that is not `[A-Za-z0-9@＠$#＃]`
 *   (or at the very start of the text) and consumes it, so two links need a
 *   character between them;
 * - `https?://` is optional; the domain is `subdomain* domainName tld`, where labels
 *   end at the next `.` and the greedy regex keeps the *longest* chain that ends in
 *   a known TLD followed by a character other than `[0-9a-zA-Z@+-]`;
 * - `:port`, then `/path` up to its last allowed ending character (balanced
 *   parentheses count as one), then `?query` up to its last allowed ending character.
 *
 * Labels and TLD candidates are remembered per position during one scan, so the scan is linear in
 * the length of the text (twitter-text's regex is not: `a.a.a.a…` makes it quadratic).
 * Character classes keep twitter-text's exact ranges and its `i` flag without `u`,
 * so case-insensitive matching treats characters the same way.
 */
import { tldSet } from './tlds.js'
import { rememberedInCall } from './call-memo.js'

/** A link found in a text, with UTF-16 offsets into that text. */
export interface UrlEntity {
  /**
   * The link as twitter-text reports it. For a link without a scheme whose domain
   * mixes ASCII and other characters this is the last ASCII domain plus the path,
   * which can be shorter than `end - start` (a twitter-text quirk kept on purpose:
   * X counts the link by this string).
   */
  url: string
  start: number
  end: number
}

export interface ExtractUrlsOptions {
  /** Also find links without `http://` or `https://` (`canada.ca/fr`). Default true, as on X; Mastodon uses false. */
  withoutProtocol?: boolean
}

const punct = "\\!'#%&'\\(\\)*\\+,\\\\\\-\\.\\/:;<=>\\?@\\[\\]\\^_{|}~\\$"
const spaces = '\\x09-\\x0D\\x20\\x85\\xA0\\u1680\\u180E\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000'
const invalidChars = '\\uFFFE\\uFEFF\\uFFFF'
const directionalMarkers = '\\u202A-\\u202E\\u061C\\u200E\\u200F\\u2066\\u2067\\u2068\\u2069'
/** twitter-text's `latinAccentChars`, also what may not follow a mention (social-entities.ts). */
export const latinAccents = '\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF\\u0100-\\u024F\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B\\u0263\\u0268\\u026F\\u0272\\u0289\\u028B\\u02BB\\u0300-\\u036F\\u1E00-\\u1EFF'
const cyrillic = '\\u0400-\\u04FF'
const domainChar = `[^${punct}${spaces}${invalidChars}${directionalMarkers}]`

/**
 * twitter-text's character classes, each a bit. Every class is one character wide,
 * so a run of it is read character by character; code units below U+0100 (nearly
 * all of a link in practice) are looked up in a table, others go to the class's regex.
 */
const classSources = [
  `[^A-Za-z0-9@＠$#＃${invalidChars}]`, // preceding a link
  domainChar,
  `${domainChar}|[_-]`, // in a subdomain label
  `${domainChar}|-`, // in the domain name
  `[\\-a-z0-9${latinAccents}]`, // in an ASCII domain label
  '[a-z0-9]',
  '[\\-0-9a-z]', // in a punycode TLD
  '[0-9]',
  `[a-z${cyrillic}0-9!\\*';:=\\+,\\.\\$\\/%#\\[\\]\\-\\u2013_~@\\|&${latinAccents}]`, // in a path
  `[\\+\\-a-z${cyrillic}0-9=_#\\/${latinAccents}]`, // ending a path
  "[a-z0-9!?\\*'@\\(\\);:&=\\+\\$\\/%#\\[\\]\\-_\\.,~|]", // in a query
  '[a-z0-9\\-_&=#\\/]', // ending a query
  `[${spaces}]`, // white space, which no part of a link is
]
/** Bit numbers of the classes above. */
enum CharClass {
  PRECEDING = 0,
  DOMAIN = 1,
  SUBDOMAIN = 2,
  DOMAIN_NAME = 3,
  ASCII_LABEL = 4,
  ALPHANUMERIC = 5,
  PUNYCODE = 6,
  DIGIT = 7,
  PATH = 8,
  PATH_END = 9,
  QUERY = 10,
  QUERY_END = 11,
  SPACE = 12,
}

/** Sticky, with twitter-text's `i` flag and no `u`, so case folding matches its regexes'. */
const classPatterns = classSources.map((source) => new RegExp(`(?:${source})`, 'iy'))
let latin1: Uint16Array | undefined

/** The class bits of U+0000–U+00FF, taken from the regexes themselves on first use. */
function latin1Classes(): Uint16Array {
  if (latin1) return latin1
  const table = new Uint16Array(256)
  for (let code = 0; code < 256; code++) {
    const char = String.fromCharCode(code)
    classPatterns.forEach((pattern, bit) => {
      pattern.lastIndex = 0
      if (pattern.test(char)) table[code] = (table[code] as number) | (1 << bit)
    })
  }
  latin1 = table
  return table
}

/** True when the character at `index` is in class `cls` (false past the end). */
function isIn(cls: number, text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 256) return ((latin1Classes()[code] as number) & (1 << cls)) !== 0
  if (index >= text.length) return false
  const pattern = classPatterns[cls] as RegExp
  pattern.lastIndex = index
  return pattern.test(text)
}

/** End of the run of class `cls` starting at `index`. */
function runEnd(cls: number, text: string, index: number): number {
  while (isIn(cls, text, index)) index++
  return index
}
const protocol = /https?:\/\//iy
const invalidPrecedingWithoutProtocol = /[-_./]$/

const maxUrlLength = 4096
const maxTcoSlugLength = 40
const maxDomainLabelLength = 63

// Any UTF-16 code unit above ASCII (written as a range up, so no control character appears in the pattern).
const nonAsciiChar = /[\u0080-\uffff]/

/**
 * Case folding as a regex with the `i` flag and no `u` flag does it (ECMAScript
 * `Canonicalize`): each code unit upper-cased, unless that takes a non-ASCII
 * character into ASCII (so the Kelvin sign is not a `k`).
 */
function fold(text: string): string {
  // ASCII folds as toUpperCase has it (most of the TLD list, folded once, is ASCII).
  if (!nonAsciiChar.test(text)) return text.toUpperCase()
  let folded = ''
  for (let i = 0; i < text.length; i++) {
    const unit = text[i] as string
    const upper = unit.toUpperCase()
    folded += upper.length === 1 && !(unit.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? upper : unit
  }
  return folded
}

/** The TLD list folded and indexed for {@link UrlScan.tldAt}; built on first use. It holds no text of a caller's. */
interface TldIndex {
  /** Every TLD, folded. */
  readonly folded: ReadonlySet<string>
  /** First characters (folded) of the TLDs holding non-ASCII letters, to skip most positions at once. */
  readonly nonAsciiFirsts: ReadonlySet<string>
  /** Lengths of TLDs holding non-ASCII letters, longest first (twitter-text lists `嘉里大酒店` before `嘉里`). */
  readonly nonAsciiLengths: readonly number[]
  readonly maxAsciiLength: number
}

let tldIndex: TldIndex | undefined

function indexTlds(): TldIndex {
  if (tldIndex) return tldIndex
  const names = [...tldSet()]
  const nonAscii = names.filter((name) => nonAsciiChar.test(name))
  tldIndex = {
    folded: new Set(names.map(fold)),
    nonAsciiFirsts: new Set(nonAscii.map((name) => fold(name[0] as string))),
    nonAsciiLengths: [...new Set(nonAscii.map((name) => name.length))].sort((a, b) => b - a),
    maxAsciiLength: Math.max(...names.map((name) => name.length)),
  }
  return tldIndex
}

/**
 * One scan of one text: the run being scanned, what is known of its positions,
 * and the last match of twitter-text's `extractUrl` regex. Made by
 * {@link scanUrls} and dropped when it returns, so nothing of the text outlives the call.
 */
class UrlScan {
  /**
   * The run being scanned: twitter-text's link regex is matched inside one run of
   * non-space characters, `[runBase, runLimit)` of `text`. No part of a link is
   * white space, so nothing the scan reads or remembers lies outside, and its memory
   * is sized to the run. Set by {@link startRun}.
   */
  private runBase = 0
  private runLimit = 0
  // Plain arrays, filled as positions are met: a typed array costs more to create than a short run needs.
  /** Per position (from `runBase`): end of the run of subdomain, domain-name and ASCII-label characters. */
  private classRuns: number[][] = []
  /** Domain match end (-1: none) per label start. */
  private domainEnds: number[] = []
  private asciiDomainEnds: number[] = []
  /** Label starts of the chain being resolved, reused across calls (resolveChain never re-enters). */
  private readonly chain: number[] = []

  // The last match found by nextMatch.
  /** The consumed preceding character, or '' at the start of the text. */
  private matchBefore = ''
  private matchStart = 0
  private domainStart = 0
  private domainEnd = 0
  private hasPath = false
  matchEnd = 0

  constructor(readonly text: string) {}

  startRun(base: number, limit: number): void {
    this.runBase = base
    this.runLimit = limit
    this.classRuns = [[], [], []]
    this.domainEnds = []
    this.asciiDomainEnds = []
  }

  /** Finds the leftmost match at or after `from`, as `RegExp.prototype.exec` with `lastIndex = from` does; false when there is none. */
  nextMatch(from: number): boolean {
    const text = this.text
    for (let p = from; p < this.runLimit; p++) {
      if ((isIn(CharClass.PRECEDING, text, p) && this.urlAt(p + 1, text[p] as string)) || (p === 0 && this.urlAt(0, ''))) return true
    }
    return false
  }

  /** End of the run of `cls` (CharClass.SUBDOMAIN, CharClass.DOMAIN_NAME or CharClass.ASCII_LABEL) from `index`, remembered for every position of the run. */
  private runFrom(cls: CharClass.SUBDOMAIN | CharClass.DOMAIN_NAME | CharClass.ASCII_LABEL, index: number): number {
    const runs = this.classRuns[cls - CharClass.SUBDOMAIN] as number[]
    const base = this.runBase
    const known = runs[index - base]
    if (known !== undefined) return known
    const end = runEnd(cls, this.text, index)
    for (let i = index; i < Math.max(end, index + 1); i++) runs[i - base] = end
    return end
  }

  /** Matches a link whose scheme or domain starts at `start`, after `before`: sets the match and returns true, or returns false. */
  private urlAt(start: number, before: string): boolean {
    const text = this.text
    let domainFrom = start
    let domainTo = -1
    if ((text.charCodeAt(start) | 0x20) === 0x68) {
      protocol.lastIndex = start
      if (protocol.test(text)) {
        domainFrom = protocol.lastIndex
        domainTo = this.resolveChain(domainFrom, false, text.length)
      }
    }
    if (domainTo < 0) {
      domainFrom = start
      domainTo = this.resolveChain(start, false, text.length)
    }
    if (domainTo < 0) return false
    let end = domainTo
    if (text[end] === ':') {
      const portEnd = runEnd(CharClass.DIGIT, text, end + 1)
      if (portEnd > end + 1) end = portEnd
    }
    this.hasPath = text[end] === '/'
    if (this.hasPath) end = this.pathEnd(end + 1)
    if (text[end] === '?') end = this.queryEnd(end + 1) ?? end
    this.matchBefore = before
    this.matchStart = start
    this.domainStart = domainFrom
    this.domainEnd = domainTo
    this.matchEnd = end
    return true
  }

  /**
   * End of `subdomain* domainName tld` (or, with `ascii`, of twitter-text's
   * `validAsciiDomain` inside a domain that ends at `limit`) starting at `start`, or -1.
   * The regex's greedy `subdomain*` means: the match of the domain starting at the next
   * label if there is one, else this label as the domain name followed by a TLD.
   * Worked out iteratively and remembered per label, so long `a.a.a.…` chains stay linear.
   */
  private resolveChain(start: number, ascii: boolean, limit: number): number {
    const memo = ascii ? this.asciiDomainEnds : this.domainEnds
    const base = this.runBase
    const chain = this.chain
    chain.length = 0
    let q = start
    let result = -1
    for (;;) {
      const known = memo[q - base]
      if (known !== undefined) {
        result = known
        break
      }
      const next = ascii ? this.asciiLabelAt(q, limit) : this.labelAt(q)
      if (next < 0) {
        memo[q - base] = -1
        break
      }
      chain.push(q)
      q = next
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const labelStart = chain[i] as number
      // A label holding `_` may be a subdomain, never the domain name right before the TLD.
      if (result < 0 && (ascii || this.runFrom(CharClass.DOMAIN_NAME, labelStart) === this.runFrom(CharClass.SUBDOMAIN, labelStart))) {
        result = this.tldAt(ascii ? this.asciiLabelAt(labelStart, limit) : this.labelAt(labelStart), limit)
      }
      memo[labelStart - base] = result
    }
    return result
  }

  /** A label of `validSubdomain` at `q` (domain characters, `_` and `-`, not starting or ending with `_`/`-`, then a dot): the position after its dot, or -1. */
  private labelAt(q: number): number {
    const text = this.text
    if (!isIn(CharClass.DOMAIN, text, q)) return -1
    const end = this.runFrom(CharClass.SUBDOMAIN, q)
    return text.charCodeAt(end) === 0x2e && isIn(CharClass.DOMAIN, text, end - 1) ? end + 1 : -1
  }

  /** A label of `validAsciiDomain` at `q` (`[-a-z0-9` + Latin accents`]+` then a dot, inside `limit`): the position after its dot, or -1. */
  private asciiLabelAt(q: number, limit: number): number {
    const end = Math.min(this.runFrom(CharClass.ASCII_LABEL, q), limit)
    return end === q || end >= limit || this.text.charCodeAt(end) !== 0x2e ? -1 : end + 1
  }

  /** End of a TLD at `q` (gTLD, ccTLD, then punycode, as twitter-text orders them), or -1. */
  private tldAt(q: number, limit: number): number {
    const text = this.text
    if (q >= limit) return -1
    const tlds = indexTlds()
    const asciiEnd = Math.min(runEnd(CharClass.ALPHANUMERIC, text, q), limit)
    if (asciiEnd < limit && text.charCodeAt(asciiEnd) >= 0x80 && tlds.nonAsciiFirsts.has(fold(text[q] as string))) {
      for (const length of tlds.nonAsciiLengths) {
        const end = q + length
        if (end <= limit && tlds.folded.has(fold(text.slice(q, end))) && this.endsTld(end, limit)) return end
      }
    }
    if (asciiEnd > q && asciiEnd - q <= tlds.maxAsciiLength && tlds.folded.has(text.slice(q, asciiEnd).toUpperCase()) && this.endsTld(asciiEnd, limit)) return asciiEnd
    if (q + 4 < limit && (text.charCodeAt(q) | 0x20) === 0x78 && (text.charCodeAt(q + 1) | 0x20) === 0x6e && text.startsWith('--', q + 2)) {
      const end = Math.min(runEnd(CharClass.PUNYCODE, text, q + 4), limit)
      if (end > q + 4) return end
    }
    return -1
  }

  /** twitter-text's TLD lookahead `(?=[^0-9a-zA-Z@+-]|$)`. */
  private endsTld(end: number, limit: number): boolean {
    if (end === limit) return true
    const code = this.text.charCodeAt(end)
    const letter = code | 0x20
    return !((code >= 0x30 && code <= 0x39) || (letter >= 0x61 && letter <= 0x7a) || code === 0x40 || code === 0x2b || code === 0x2d)
  }

  /**
   * End of `validUrlPath*` from `from`: path characters and balanced parentheses are
   * read as far as they go; the regex's backtracking then settles on the last one
   * allowed to end a path (a letter, digit, `+-=_#/`, or a parenthesised group).
   */
  private pathEnd(from: number): number {
    const text = this.text
    let lastEnding = from
    let i = from
    for (;;) {
      if (isIn(CharClass.PATH, text, i)) {
        if (isIn(CharClass.PATH_END, text, i)) lastEnding = i + 1
        i++
      } else if (text.charCodeAt(i) === 0x28) {
        const groupEnd = balancedParensEnd(text, i)
        if (groupEnd < 0) break
        i = lastEnding = groupEnd
      } else {
        break
      }
    }
    return lastEnding
  }

  /** End of `?query`: query characters up to the last one allowed to end it, or undefined when none is. */
  private queryEnd(from: number): number | undefined {
    const text = this.text
    let lastEnding: number | undefined
    for (let i = from; isIn(CharClass.QUERY, text, i); i++) {
      if (isIn(CharClass.QUERY_END, text, i)) lastEnding = i + 1
    }
    return lastEnding
  }

  /** Every `validAsciiDomain` match in `[start, end)` of the run, as `String.prototype.replace` with a global regex visits them. */
  private asciiDomains(start: number, end: number): string[] {
    const found: string[] = []
    let p = start
    while (p < end) {
      const asciiEnd = this.resolveChain(p, true, end)
      if (asciiEnd > p) {
        found.push(this.text.slice(p, asciiEnd))
        p = asciiEnd
      } else {
        p++
      }
    }
    return found
  }

  /** Adds the link(s) of the last match to `urls`, as twitter-text `extractUrlsWithIndices` keeps them. */
  collect(urls: UrlEntity[]): void {
    if (!this.isValidUrl()) return
    const { text, matchStart } = this
    if (this.domainStart > matchStart) {
      const end = this.tcoEnd()
      if (end !== undefined) urls.push({ url: text.slice(matchStart, end), start: matchStart, end })
    } else if (!invalidPrecedingWithoutProtocol.test(this.matchBefore)) {
      urls.push(...this.schemelessUrls())
    }
  }

  /**
   * End of the last match as twitter-text keeps it: a `t.co/` link only up to its slug
   * (`[a-z0-9]+`) and a query right after it; a slug over 40 characters is no link (undefined).
   */
  private tcoEnd(): number | undefined {
    const { text, domainStart } = this
    const slugStart = this.domainEnd + 1
    if (slugStart - domainStart !== 5 || text.slice(domainStart, slugStart).toLowerCase() !== 't.co/') return this.matchEnd
    const slugEnd = runEnd(CharClass.ALPHANUMERIC, text, slugStart)
    if (slugEnd === slugStart) return this.matchEnd
    if (slugEnd - slugStart > maxTcoSlugLength) return undefined
    return text[slugEnd] === '?' ? (this.queryEnd(slugEnd + 1) ?? slugEnd) : slugEnd
  }

  /**
   * A link without a scheme is only its ASCII domain(s), as twitter-text has it: each
   * ASCII domain inside the matched domain is a link, and the last one also takes the
   * path when there is one (not a port or query on their own).
   */
  private schemelessUrls(): UrlEntity[] {
    const { text, domainStart, domainEnd, matchEnd } = this
    const domain = text.slice(domainStart, domainEnd)
    const urls: UrlEntity[] = []
    let searchFrom = 0
    for (const ascii of this.asciiDomains(domainStart, domainEnd)) {
      // twitter-text locates each match with indexOf from the previous end; kept for identical offsets.
      const offset = domain.indexOf(ascii, searchFrom)
      searchFrom = offset + ascii.length
      urls.push({ url: ascii, start: domainStart + offset, end: domainStart + searchFrom })
    }
    const last = urls[urls.length - 1]
    if (last && this.hasPath) {
      last.url += text.slice(domainEnd, matchEnd)
      last.end = matchEnd
    }
    return urls
  }

  /** twitter-text `isValidUrl` in `extractUrlsWithIndices`: every label 1–63 characters once punycode-encoded, total length within 4,096. */
  private isValidUrl(): boolean {
    const { text, domainStart, domainEnd, matchStart } = this
    if (domainEnd - domainStart >= 4 && text.startsWith('xn--', domainStart) && this.asciiDomains(domainStart, domainEnd).length === 0) return false
    // Labels are read in place; only a label with non-ASCII characters is cut out, for punycodeLength.
    let labelStart = domainStart
    let ascii = true
    for (let i = domainStart; i <= domainEnd; i++) {
      const code = i < domainEnd ? text.charCodeAt(i) : 0x2e
      if (code === 0x2e) {
        const length = ascii ? i - labelStart : punycodeLength(text.slice(labelStart, i))
        if (length < 1 || length > maxDomainLabelLength) return false
        labelStart = i + 1
        ascii = true
      } else if (code >= 0x80) {
        ascii = false
      }
    }
    const protocolLength = domainStart > matchStart ? domainStart - matchStart : 'https://'.length
    return protocolLength + (this.matchEnd - matchStart) <= maxUrlLength
  }
}

/** twitter-text's `validUrlBalancedParens`: `(chars)` or one nested level, `(a(b)c)`. */
function balancedParensEnd(text: string, open: number): number {
  const first = runEnd(CharClass.PATH, text, open + 1)
  if (text[first] === ')') return first > open + 1 ? first + 1 : -1
  if (text[first] !== '(') return -1
  const inner = runEnd(CharClass.PATH, text, first + 1)
  if (inner === first + 1 || text[inner] !== ')') return -1
  const rest = runEnd(CharClass.PATH, text, inner + 1)
  return text[rest] === ')' ? rest + 1 : -1
}

/**
 * The links in `text`, with UTF-16 offsets, exactly as twitter-text v3
 * `extractUrlsWithIndices(text, { extractUrlsWithoutProtocol })` finds them.
 * Nothing of `text` is kept once it returns.
 *
 * @example
 * extractUrls('Infos : canada.ca/fr !') // [{ url: 'canada.ca/fr', start: 8, end: 20 }]
 * extractUrls('Infos : canada.ca/fr !', { withoutProtocol: false }) // []
 */
export function extractUrls(text: string, options: ExtractUrlsOptions = {}): UrlEntity[] {
  // Every link holds a dot followed by its TLD's first letter: without one there is nothing to scan.
  if (!mayHoldLink.test(text)) return []
  if (options.withoutProtocol ?? true) return scanUrlsInCall(text).slice()
  // The links with a scheme are the same in both modes: the modes differ only in whether a match without one is kept.
  return text.includes(':') ? scanUrlsInCall(text).filter((url) => hasScheme.test(url.url)) : []
}

/**
 * One scan per text during a check (X's, Threads' and Mastodon's counts and several rules read the same
 * texts), forgotten when the check returns. The entities are frozen: every caller in the call shares them.
 */
const scanUrlsInCall = rememberedInCall((text: string): readonly UrlEntity[] => scanUrls(text).map((url) => Object.freeze(url)))

/** A dot followed by what may start a TLD: an ASCII letter (`xn--` included) or a non-ASCII one. */
const mayHoldLink = /\.[a-zA-Z\u0080-\uffff]/
/** The same, global: each dot that may come before a TLD. */
const tldDot = /\.[a-zA-Z\u0080-\uffff]/g

const hasScheme = /^https?:\/\//i

function scanUrls(text: string): UrlEntity[] {
  const urls: UrlEntity[] = []
  const scan = new UrlScan(text)
  // Every link holds a dot right before its TLD, which starts with a letter, and no
  // white space: only the runs of non-space characters around such a dot need scanning,
  // each from the space before it.
  tldDot.lastIndex = 0
  while (tldDot.test(text)) {
    const dot = tldDot.lastIndex - 2
    let start = dot
    while (start > 0 && !isIn(CharClass.SPACE, text, start - 1)) start--
    let until = dot + 1
    while (until < text.length && !isIn(CharClass.SPACE, text, until)) until++
    const base = Math.max(start - 1, 0)
    scan.startRun(base, until)
    for (let from = base; scan.nextMatch(from); from = scan.matchEnd) scan.collect(urls)
    tldDot.lastIndex = until
  }
  return urls
}

/**
 * Length of Node's `punycode.toASCII(label)`: parts split at `.`-like separators,
 * each non-ASCII part becomes `xn--` + its RFC 3492 encoding.
 */
export function punycodeLength(label: string): number {
  const parts = label.split(/[\u3002\uFF0E\uFF61]/)
  let length = parts.length - 1
  for (const part of parts) {
    if (!nonAsciiChar.test(part)) length += part.length
    else if (part.length > 4 * maxDomainLabelLength)
      return Infinity // far too long anyway; avoids overflow
    else length += 4 + punycodeEncodedLength(Array.from(part, (c) => c.codePointAt(0) as number))
  }
  return length
}

/** Number of characters RFC 3492 Bootstring encoding of `codePoints` produces (its digits are not needed). */
function punycodeEncodedLength(codePoints: readonly number[]): number {
  const base = 36
  const basic = codePoints.filter((c) => c < 0x80).length
  let length = basic + (basic > 0 ? 1 : 0)
  let n = 0x80
  let delta = 0
  let bias = 72
  let handled = basic
  while (handled < codePoints.length) {
    let next = Infinity
    for (const c of codePoints) if (c >= n && c < next) next = c
    delta += (next - n) * (handled + 1)
    n = next
    for (const c of codePoints) {
      if (c < n) delta++
      if (c !== n) continue
      let q = delta
      for (let k = base; ; k += base) {
        const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias
        if (q < t) break
        length++
        q = Math.floor((q - t) / (base - t))
      }
      length++
      // Bias adaptation, RFC 3492 section 6.1.
      let scaled = handled === basic ? Math.floor(delta / 700) : delta >> 1
      scaled += Math.floor(scaled / (handled + 1))
      let k = 0
      for (; scaled > 455; k += base) scaled = Math.floor(scaled / 35)
      bias = Math.floor(k + (36 * scaled) / (scaled + 38))
      delta = 0
      handled++
    }
    delta++
    n++
  }
  return length
}
