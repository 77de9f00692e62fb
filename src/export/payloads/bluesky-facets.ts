import type { RenderedLink } from '../../text/markdown.js'
import { utf8OffsetsOf } from '../../text/unicode.js'
import { blueskyTlds } from './bluesky-tlds.js'

/** A facet feature: a link, a mention (by DID) or a tag. */
export type BlueskyFacetFeature =
  { $type: 'app.bsky.richtext.facet#link'; uri: string } | { $type: 'app.bsky.richtext.facet#mention'; did: string } | { $type: 'app.bsky.richtext.facet#tag'; tag: string }

/** A range of the text (UTF-8 bytes, end exclusive) and what it is. */
export interface BlueskyFacet {
  index: { byteStart: number; byteEnd: number }
  features: BlueskyFacetFeature[]
}

/** Looks a Bluesky handle (`health.canada.ca`, no `@`) up and returns its DID, or undefined when unknown. */
export type HandleResolver = (handle: string) => string | undefined

// The four patterns below are those of `@atproto/api` `rich-text/util.ts` (MIT),
// so a text gets exactly the facets the Bluesky app would give it.
const mentionPattern = /(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)/g
const urlPattern = /(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))/gim
const trailingPunctuation = /\p{P}+$/gu
const tagPattern =
  // eslint-disable-next-line no-misleading-character-class -- @atproto/api's pattern as it is (ZWJ, ZWNJ as single code points)
  /(^|\s)[#＃]((?!\ufe0f)[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*[^\d\s\p{P}\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]+[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*)?/gu
const cashtagPattern = /(^|\s|\()\$([A-Za-z][A-Za-z0-9]{0,4})(?=\s|$|[.,;:!?)"'\u2019])/gu

/** Bluesky's test for a domain: it ends in `.` + a known TLD (case-sensitive, as upstream). */
function isValidDomain(domain: string): boolean {
  const dot = domain.lastIndexOf('.')
  return dot !== -1 && blueskyTlds().has(domain.slice(dot + 1))
}

interface Range {
  start: number
  end: number
}

/** Handles that Bluesky would see as mentions in `text` (without `@`), in order: what a sender should resolve. */
export function blueskyMentionedHandles(text: string): string[] {
  return mentions(text).map((m) => m.handle)
}

function mentions(text: string): Array<Range & { handle: string }> {
  const found: Array<Range & { handle: string }> = []
  for (const match of text.matchAll(mentionPattern)) {
    const handle = match[3] as string
    if (!isValidDomain(handle) && !handle.endsWith('.test')) continue
    const start = match.index + (match[1] as string).length
    found.push({ start, end: start + 1 + handle.length, handle })
  }
  return found
}

function detectedLinks(text: string): Array<Range & { uri: string }> {
  const found: Array<Range & { uri: string }> = []
  for (const match of text.matchAll(urlPattern)) {
    let uri = match[2] as string
    if (!uri.startsWith('http')) {
      const domain = match.groups?.domain
      if (domain === undefined || !isValidDomain(domain)) continue
      uri = `https://${uri}`
    }
    const start = match.index + (match[1] as string).length
    let end = start + (match[2] as string).length
    // Upstream strips one trailing sentence mark, then one unmatched closing parenthesis.
    if (/[.,;:!?]$/.test(uri)) {
      uri = uri.slice(0, -1)
      end--
    }
    if (/[)]$/.test(uri) && !uri.includes('(')) {
      uri = uri.slice(0, -1)
      end--
    }
    found.push({ start, end, uri })
  }
  return found
}

function tags(text: string): Array<Range & { tag: string }> {
  const found: Array<Range & { tag: string }> = []
  for (const match of text.matchAll(tagPattern)) {
    const raw = match[2]
    if (raw === undefined) continue
    const tag = raw.trim().replace(trailingPunctuation, '')
    if (tag.length === 0 || tag.length > 64) continue
    const start = match.index + (match[1] as string).length
    found.push({ start, end: start + 1 + tag.length, tag })
  }
  for (const match of text.matchAll(cashtagPattern)) {
    const ticker = (match[2] as string).toUpperCase()
    const start = match.index + (match[1] as string).length
    found.push({ start, end: start + 1 + ticker.length, tag: `$${ticker}` })
  }
  return found
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end

/**
 * Facets of a text, as `RichText.detectFacets` would make them, with two
 * differences that only add precision: a Markdown link's URL comes from the
 * Markdown (`links`, offsets in `text`), not from guessing where it ends; and a
 * mention gets a facet only when `resolveHandle` gives its DID (a mention facet
 * without a DID is invalid), otherwise it stays plain text. Sorted by start.
 */
export function blueskyFacets(text: string, links: readonly RenderedLink[], resolveHandle?: HandleResolver): BlueskyFacet[] {
  const facets: Array<Range & { feature: BlueskyFacetFeature }> = []
  if (resolveHandle !== undefined && text.includes('@')) {
    for (const mention of mentions(text)) {
      const did = resolveHandle(mention.handle)
      if (did !== undefined) facets.push({ ...mention, feature: { $type: 'app.bsky.richtext.facet#mention', did } })
    }
  }
  for (const link of links) facets.push({ start: link.start, end: link.end, feature: { $type: 'app.bsky.richtext.facet#link', uri: link.url } })
  for (const link of detectedLinks(text)) {
    if (links.some((known) => overlaps(known, link))) continue
    facets.push({ start: link.start, end: link.end, feature: { $type: 'app.bsky.richtext.facet#link', uri: link.uri } })
  }
  if (text.includes('#') || text.includes('＃') || text.includes('$')) {
    for (const tag of tags(text)) facets.push({ start: tag.start, end: tag.end, feature: { $type: 'app.bsky.richtext.facet#tag', tag: tag.tag } })
  }
  facets.sort((a, b) => a.start - b.start)
  const toUtf8 = utf8OffsetsOf(text)
  return facets.map(({ start, end, feature }) => ({
    index: { byteStart: toUtf8(start), byteEnd: toUtf8(end) },
    features: [feature],
  }))
}
