import type { RenderedLink } from '../text/markdown.js'
import { escapeHtml } from './escape.js'

interface Piece {
  readonly start: number
  readonly end: number
  readonly kind: 'link' | 'hashtag' | 'mention'
}

const hashtagOrMention = /(?<![\p{L}\p{N}_&/@#])([#@])[\p{L}\p{N}_]+(?:@[\p{L}\p{N}.-]+\.[\p{L}]{2,})?/gu

/**
 * The rendered text as escaped HTML, with links, hashtags and mentions in
 * spans styled the way platforms show them. Links are spans, never anchors:
 * a preview must not be one click away from a URL a post author typed.
 */
export function markUpRenderedText(text: string, links: readonly RenderedLink[]): string {
  const pieces: Piece[] = links.map((link) => ({ start: link.start, end: link.end, kind: 'link' as const }))
  for (const match of text.matchAll(hashtagOrMention)) {
    const start = match.index
    const end = start + match[0].length
    if (!pieces.some((piece) => start < piece.end && end > piece.start)) pieces.push({ start, end, kind: match[1] === '#' ? 'hashtag' : 'mention' })
  }
  pieces.sort((a, b) => a.start - b.start)
  let html = ''
  let cursor = 0
  for (const piece of pieces) {
    if (piece.start < cursor) continue
    html += escapeHtml(text.slice(cursor, piece.start))
    html += `<span class="${piece.kind}">${escapeHtml(text.slice(piece.start, piece.end))}</span>`
    cursor = piece.end
  }
  return html + escapeHtml(text.slice(cursor))
}
