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
 * Labels and TLD candidates are remembered per position, so the scan is linear in
 * the length of the text (twitter-text's regex is not: `a.a.a.a…` makes it quadratic).
 * Character classes keep twitter-text's exact ranges and its `i` flag without `u`,
 * so case-insensitive matching treats characters the same way.
 */
import { tldSet } from './tlds.js'

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
const latinAccents =
  '\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF\\u0100-\\u024F\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B\\u0263\\u0268\\u026F\\u0272\\u0289\\u028B\\u02BB\\u0300-\\u036F\\u1E00-\\u1EFF'
const cyrillic = '\\u0400-\\u04FF'
const domainChar = `[^${punct}${spaces}${invalidChars}${directionalMarkers}]`

/** One character class tested at a position, or a run of it (sticky regexes, no backtracking). */
const sticky = (source: string): RegExp => new RegExp(source, 'iy')
const isPrecedingChar = sticky(`[^A-Za-z0-9@＠$#＃${invalidChars}]`)
const isDomainChar = sticky(domainChar)
const subdomainRun = sticky(`(?:${domainChar}|[_-])*`)
const domainNameRun = sticky(`(?:${domainChar}|-)*`)
const asciiLabelRun = sticky(`[\\-a-z0-9${latinAccents}]*`)
const alphanumericRun = sticky('[a-z0-9]*')
const punycodeTldStart = sticky('xn--')
const punycodeTldRun = sticky('[\\-0-9a-z]*')
const protocol = sticky('https?:\\/\\/')
const digitRun = sticky('[0-9]*')
const isPathChar = sticky(`[a-z${cyrillic}0-9!\\*';:=\\+,\\.\\$\\/%#\\[\\]\\-\\u2013_~@\\|&${latinAccents}]`)
const pathCharRun = sticky(`[a-z${cyrillic}0-9!\\*';:=\\+,\\.\\$\\/%#\\[\\]\\-\\u2013_~@\\|&${latinAccents}]*`)
const isPathEndingChar = sticky(`[\\+\\-a-z${cyrillic}0-9=_#\\/${latinAccents}]`)
const isQueryChar = sticky("[a-z0-9!?\\*'@\\(\\);:&=\\+\\$\\/%#\\[\\]\\-_\\.,~|]")
const isQueryEndingChar = sticky('[a-z0-9\\-_&=#\\/]')
const tcoUrl = /^https?:\/\/t\.co\/([a-z0-9]+)(?:\?[a-z0-9!?*'@();:&=+$/%#[\]\-_.,~|]*[a-z0-9\-_&=#/])?/i
const invalidPrecedingWithoutProtocol = /[-_./]$/

const maxUrlLength = 4096
const maxTcoSlugLength = 40
const maxDomainLabelLength = 63

function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index
  return pattern.test(text)
}

/** End of the run of `pattern` (a sticky `[…]*`) starting at `index`. */
function runEnd(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index
  pattern.test(text)
  return pattern.lastIndex
}

/**
 * Case folding as a regex with the `i` flag and no `u` flag does it (ECMAScript
 * `Canonicalize`): each code unit upper-cased, unless that takes a non-ASCII
 * character into ASCII (so the Kelvin sign is not a `k`).
 */
function fold(text: string): string {
  let folded = ''
  for (let i = 0; i < text.length; i++) {
    const unit = text[i] as string
    const upper = unit.toUpperCase()
    folded += upper.length === 1 && !(unit.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? upper : unit
  }
  return folded
}

interface TldIndex {
  readonly folded: ReadonlySet<string>
  /** First characters (folded) of the TLDs holding non-ASCII letters, to skip most positions at once. */
  readonly nonAsciiFirsts: ReadonlySet<string>
  /** Lengths of TLDs holding non-ASCII letters, longest first (twitter-text lists `嘉里大酒店` before `嘉里`). */
  readonly nonAsciiLengths: readonly number[]
}

let tldIndex: TldIndex | undefined

function tlds(): TldIndex {
  if (tldIndex) return tldIndex
  const names = [...tldSet()]
  const nonAscii = names.filter((name) => /[^\x00-\x7f]/.test(name))
  tldIndex = {
    folded: new Set(names.map(fold)),
    nonAsciiFirsts: new Set(nonAscii.map((name) => fold(name[0] as string))),
    nonAsciiLengths: [...new Set(nonAscii.map((name) => name.length))].sort((a, b) => b - a),
  }
  return tldIndex
}

/** Remembers where runs of a character class end, so no run is scanned twice. */
class RunEnds {
  // Allocated on first use: most texts never ask.
  private ends: Int32Array | undefined
  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}
  from(index: number): number {
    this.ends ??= new Int32Array(this.text.length + 1).fill(-1)
    const known = this.ends[index] ?? -1
    if (known >= 0) return known
    const end = runEnd(this.pattern, this.text, index)
    this.ends.fill(end, index, Math.max(end, index + 1))
    return end
  }
}

interface Label {
  /** Position just after the label's dot. */
  readonly next: number
  /** No `_` in the label, so it may be the domain name right before the TLD. */
  readonly canBeDomainName: boolean
}

/** One match of twitter-text's `extractUrl` regex. */
interface RawMatch {
  /** The consumed preceding character, or '' at the start of the text. */
  readonly before: string
  readonly start: number
  readonly domainStart: number
  readonly domainEnd: number
  readonly hasPath: boolean
  readonly end: number
}

class UrlScanner {
  private readonly subdomainRuns: RunEnds
  private readonly domainNameRuns: RunEnds
  private readonly asciiLabelRuns: RunEnds
  /** Domain match end per start position; -2 while unknown. */
  private readonly domainEnds: Int32Array
  private readonly asciiDomainEnds: Int32Array

  constructor(private readonly text: string) {
    this.subdomainRuns = new RunEnds(text, subdomainRun)
    this.domainNameRuns = new RunEnds(text, domainNameRun)
    this.asciiLabelRuns = new RunEnds(text, asciiLabelRun)
    this.domainEnds = new Int32Array(text.length + 1).fill(-2)
    this.asciiDomainEnds = new Int32Array(text.length + 1).fill(-2)
  }

  /** The leftmost match at or after `from`, as `RegExp.prototype.exec` with `lastIndex = from` finds it. */
  next(from: number, until = this.text.length): RawMatch | undefined {
    const { text } = this
    for (let p = from; p < until; p++) {
      if (matchesAt(isPrecedingChar, text, p)) {
        const match = this.urlAt(p + 1, text[p] as string)
        if (match) return match
      }
      if (p === 0) {
        const match = this.urlAt(0, '')
        if (match) return match
      }
    }
    return undefined
  }

  private urlAt(start: number, before: string): RawMatch | undefined {
    const { text } = this
    let domainStart = start
    let domainEnd = -1
    if (matchesAt(protocol, text, start)) {
      domainStart = protocol.lastIndex
      domainEnd = this.domainAt(domainStart)
    }
    if (domainEnd < 0) {
      domainStart = start
      domainEnd = this.domainAt(start)
    }
    if (domainEnd < 0) return undefined
    let end = domainEnd
    if (text[end] === ':') {
      const portEnd = runEnd(digitRun, text, end + 1)
      if (portEnd > end + 1) end = portEnd
    }
    const hasPath = text[end] === '/'
    if (hasPath) end = this.pathEnd(end + 1)
    if (text[end] === '?') end = this.queryEnd(end + 1) ?? end
    return { before, start, domainStart, domainEnd, hasPath, end }
  }

  /**
   * End of `subdomain* domainName tld` starting at `start`, or -1. The regex's greedy
   * `subdomain*` means: the match of the domain starting at the next label if there
   * is one, else this label as the domain name followed by a TLD. Worked out
   * iteratively and remembered per label, so long `a.a.a.…` chains stay linear.
   */
  private domainAt(start: number): number {
    return this.resolveChain(start, this.domainEnds, (q) => this.labelAt(q), this.text.length)
  }

  /** End of a twitter-text `validAsciiDomain` match at `start` inside a domain that ends at `limit`, or -1. */
  private asciiDomainAt(start: number, limit: number): number {
    return this.resolveChain(start, this.asciiDomainEnds, (q) => this.asciiLabelAt(q, limit), limit)
  }

  private resolveChain(start: number, memo: Int32Array, labelAt: (q: number) => Label | undefined, limit: number): number {
    const pending: Label[] = []
    const starts: number[] = []
    let q = start
    let result = -1
    for (;;) {
      const known = memo[q] ?? -1
      if (known !== -2) {
        result = known
        break
      }
      const label = labelAt(q)
      if (!label) {
        memo[q] = -1
        break
      }
      starts.push(q)
      pending.push(label)
      q = label.next
    }
    for (let i = pending.length - 1; i >= 0; i--) {
      const label = pending[i] as Label
      if (result < 0 && label.canBeDomainName) result = this.tldAt(label.next, limit)
      memo[starts[i] as number] = result
    }
    return result
  }

  /** A label of `validSubdomain`: domain characters, `_` and `-`, not starting or ending with `_`/`-`, then a dot. */
  private labelAt(q: number): Label | undefined {
    const { text } = this
    if (q >= text.length || !matchesAt(isDomainChar, text, q)) return undefined
    const end = this.subdomainRuns.from(q)
    if (text[end] !== '.' || !matchesAt(isDomainChar, text, end - 1)) return undefined
    return { next: end + 1, canBeDomainName: this.domainNameRuns.from(q) === end }
  }

  /** A label of `validAsciiDomain`: `[-a-z0-9` + Latin accents`]+` then a dot, inside `limit`. */
  private asciiLabelAt(q: number, limit: number): Label | undefined {
    const end = Math.min(this.asciiLabelRuns.from(q), limit)
    if (end === q || end >= limit || this.text[end] !== '.') return undefined
    return { next: end + 1, canBeDomainName: true }
  }

  /** End of a TLD at `q` (gTLD, ccTLD, then punycode, as twitter-text orders them), or -1. */
  private tldAt(q: number, limit: number): number {
    const { text } = this
    if (q >= limit) return -1
    const { folded, nonAsciiFirsts, nonAsciiLengths } = tlds()
    const asciiEnd = Math.min(runEnd(alphanumericRun, text, q), limit)
    if (asciiEnd < limit && text.charCodeAt(asciiEnd) >= 0x80 && nonAsciiFirsts.has(fold(text[q] as string))) {
      for (const length of nonAsciiLengths) {
        const end = q + length
        if (end <= limit && folded.has(fold(text.slice(q, end))) && this.endsTld(end, limit)) return end
      }
    }
    if (asciiEnd > q && folded.has(text.slice(q, asciiEnd).toUpperCase()) && this.endsTld(asciiEnd, limit)) return asciiEnd
    if (q + 4 < limit && matchesAt(punycodeTldStart, text, q)) {
      const end = Math.min(runEnd(punycodeTldRun, text, q + 4), limit)
      if (end > q + 4) return end
    }
    return -1
  }

  /** twitter-text's TLD lookahead `(?=[^0-9a-zA-Z@+-]|$)`. */
  private endsTld(end: number, limit: number): boolean {
    return end === limit || !/[0-9a-zA-Z@+-]/.test(this.text[end] as string)
  }

  /**
   * End of `validUrlPath*` from `from`: path characters and balanced parentheses are
   * read as far as they go; the regex's backtracking then settles on the last one
   * allowed to end a path (a letter, digit, `+-=_#/`, or a parenthesised group).
   */
  private pathEnd(from: number): number {
    const { text } = this
    let lastEnding = from
    let i = from
    while (i < text.length) {
      if (matchesAt(isPathChar, text, i)) {
        if (matchesAt(isPathEndingChar, text, i)) lastEnding = i + 1
        i++
      } else if (text[i] === '(') {
        const groupEnd = this.balancedParensEnd(i)
        if (groupEnd < 0) break
        i = lastEnding = groupEnd
      } else {
        break
      }
    }
    return lastEnding
  }

  /** twitter-text's `validUrlBalancedParens`: `(chars)` or one nested level, `(a(b)c)`. */
  private balancedParensEnd(open: number): number {
    const { text } = this
    const first = runEnd(pathCharRun, text, open + 1)
    if (text[first] === ')') return first > open + 1 ? first + 1 : -1
    if (text[first] !== '(') return -1
    const inner = runEnd(pathCharRun, text, first + 1)
    if (inner === first + 1 || text[inner] !== ')') return -1
    const rest = runEnd(pathCharRun, text, inner + 1)
    return text[rest] === ')' ? rest + 1 : -1
  }

  /** End of `?query`: query characters up to the last one allowed to end it, or undefined when none is. */
  private queryEnd(from: number): number | undefined {
    const { text } = this
    let lastEnding: number | undefined
    for (let i = from; i < text.length && matchesAt(isQueryChar, text, i); i++) {
      if (matchesAt(isQueryEndingChar, text, i)) lastEnding = i + 1
    }
    return lastEnding
  }

  /** Every `validAsciiDomain` match in `[start, end)`, as `String.prototype.replace` with a global regex visits them. */
  asciiDomains(start: number, end: number): string[] {
    const found: string[] = []
    let p = start
    while (p < end) {
      const matchEnd = this.asciiDomainAt(p, end)
      if (matchEnd > p) {
        found.push(this.text.slice(p, matchEnd))
        p = matchEnd
      } else {
        p++
      }
    }
    return found
  }
}

/**
 * The links in `text`, with UTF-16 offsets, exactly as twitter-text v3
 * `extractUrlsWithIndices(text, { extractUrlsWithoutProtocol })` finds them.
 *
 * @example
 * extractUrls('Infos : canada.ca/fr !') // [{ url: 'canada.ca/fr', start: 8, end: 20 }]
 * extractUrls('Infos : canada.ca/fr !', { withoutProtocol: false }) // []
 */
export function extractUrls(text: string, options: ExtractUrlsOptions = {}): UrlEntity[] {
  const withoutProtocol = options.withoutProtocol ?? true
  if (!text || !text.includes(withoutProtocol ? '.' : ':')) return []
  const scanner = new UrlScanner(text)
  const urls: UrlEntity[] = []
  // No character of a link is white space, and every link holds a dot: only the runs of
  // non-space characters with a dot in them need scanning, each from the space before it.
  for (let dot = text.indexOf('.'); dot !== -1; ) {
    let start = dot
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--
    let until = dot + 1
    while (until < text.length && !isSpace(text.charCodeAt(until))) until++
    for (let match = scanner.next(Math.max(start - 1, 0), until); match; match = scanner.next(match.end, until)) {
      collect(text, match, scanner, withoutProtocol, urls)
    }
    dot = text.indexOf('.', until)
  }
  return urls
}

/** twitter-text's `spaces` class, by code unit. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    code === 0x180e ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

function collect(text: string, match: RawMatch, scanner: UrlScanner, withoutProtocol: boolean, urls: UrlEntity[]): void {
  const hasProtocol = match.domainStart > match.start
    if (!isValidUrl(text, match, scanner)) return
    if (hasProtocol) {
      const url = withTcoRule(text.slice(match.start, match.end))
      if (url !== undefined) urls.push({ url, start: match.start, end: match.start + url.length })
    } else if (withoutProtocol && !invalidPrecedingWithoutProtocol.test(match.before)) {
      urls.push(...schemelessUrls(text, match, scanner))
    }
}

/** A t.co link keeps only its slug (and query); a slug over 40 characters is no link. */
function withTcoRule(url: string): string | undefined {
  const tco = tcoUrl.exec(url)
  if (!tco) return url
  return (tco[1] as string).length > maxTcoSlugLength ? undefined : tco[0]
}

/**
 * A link without a scheme is only its ASCII domain(s), as twitter-text has it: each
 * ASCII domain inside the matched domain is a link, and the last one also takes the
 * path when there is one (not a port or query on their own).
 */
function schemelessUrls(text: string, match: RawMatch, scanner: UrlScanner): UrlEntity[] {
  const domain = text.slice(match.domainStart, match.domainEnd)
  const urls: UrlEntity[] = []
  let searchFrom = 0
  for (const ascii of scanner.asciiDomains(match.domainStart, match.domainEnd)) {
    // twitter-text locates each match with indexOf from the previous end; kept for identical offsets.
    const offset = domain.indexOf(ascii, searchFrom)
    searchFrom = offset + ascii.length
    urls.push({ url: ascii, start: match.domainStart + offset, end: match.domainStart + searchFrom })
  }
  const last = urls[urls.length - 1]
  if (last && match.hasPath) {
    last.url += text.slice(match.domainEnd, match.end)
    last.end = match.end
  }
  return urls
}

/** twitter-text `isValidUrl` in `extractUrlsWithIndices`: every label 1–63 characters once punycode-encoded, total length within 4,096. */
function isValidUrl(text: string, match: RawMatch, scanner: UrlScanner): boolean {
  const domain = text.slice(match.domainStart, match.domainEnd)
  if (domain.startsWith('xn--') && scanner.asciiDomains(match.domainStart, match.domainEnd).length === 0) return false
  for (const label of domain.split('.')) {
    const length = punycodeLength(label)
    if (length < 1 || length > maxDomainLabelLength) return false
  }
  const protocolLength = match.domainStart > match.start ? match.domainStart - match.start : 'https://'.length
  return protocolLength + (match.end - match.start) <= maxUrlLength
}

/**
 * Length of Node's `punycode.toASCII(label)`: parts split at `.`-like separators,
 * each non-ASCII part becomes `xn--` + its RFC 3492 encoding.
 */
export function punycodeLength(label: string): number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(label)) return label.length
  const parts = label.split(/[\u3002\uFF0E\uFF61]/)
  let length = parts.length - 1
  for (const part of parts) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(part)) length += part.length
    else if (part.length > 4 * maxDomainLabelLength) return Infinity // far too long anyway; avoids overflow
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
      bias = adaptBias(delta, handled + 1, handled === basic)
      delta = 0
      handled++
    }
    delta++
    n++
  }
  return length
}

function adaptBias(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1
  d += Math.floor(d / points)
  let k = 0
  for (; d > 455; k += 36) d = Math.floor(d / 35)
  return Math.floor(k + (36 * d) / (d + 38))
}
