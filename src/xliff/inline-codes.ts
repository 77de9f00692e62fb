/**
 * Splits a Markdown source into translatable text and the pieces a translator
 * must not break: links (`[label](url)`: the label is translatable, the
 * brackets and URL are not), hashtags, mentions and bare URLs. Joining the
 * pieces' `raw` gives back the source exactly, whatever it holds.
 */

export type InlinePiece =
  | { readonly kind: 'text'; readonly raw: string }
  | { readonly kind: 'hashtag' | 'mention' | 'url'; readonly raw: string }
  | { readonly kind: 'link'; readonly raw: string; readonly open: string; readonly label: string; readonly close: string }

// Alternatives in priority order: a link first (its label may hold a hashtag), then URLs, then tags.
const pieces = new RegExp(
  [
    String.raw`(?<link>\[(?<label>[^\[\]\n]*)\](?<close>\([^()\s]*(?:[ \t]+"[^"\n]*")?\)))`,
    String.raw`(?<url>https?://[^\s\u0000-\u001f<>"\[\]()]+[^\s\u0000-\u001f<>"\[\]().,;:!?'])`,
    String.raw`(?<![\p{L}\p{N}_&/@#])(?<hashtag>#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)`,
    String.raw`(?<![\p{L}\p{N}_/@.])(?<mention>@[A-Za-z0-9_]+(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)`,
  ].join('|'),
  'gu',
)

/** The pieces of `source`, in order; `pieces.map(p => p.raw).join('') === source`. */
export function splitInlineCodes(source: string): InlinePiece[] {
  const out: InlinePiece[] = []
  let cursor = 0
  for (const match of source.matchAll(pieces)) {
    const groups = match.groups ?? {}
    if (match.index > cursor) out.push({ kind: 'text', raw: source.slice(cursor, match.index) })
    if (groups.link !== undefined) {
      out.push({ kind: 'link', raw: match[0], open: '[', label: groups.label ?? '', close: `]${groups.close ?? ''}` })
    } else {
      out.push({ kind: groups.url !== undefined ? 'url' : groups.hashtag !== undefined ? 'hashtag' : 'mention', raw: match[0] })
    }
    cursor = match.index + match[0].length
  }
  if (cursor < source.length) out.push({ kind: 'text', raw: source.slice(cursor) })
  return out
}
