import type { Root } from 'mdast'
import { textNodeRanges } from '../text/markdown.js'
import { extractUrls } from '../text/urls.js'
import { extractHashtags, extractMentions } from '../text/social-entities.js'
import type { ProseRange } from './rule.js'

/** Ranges of `text` (offsets relative to `base`) that are not URLs, hashtags or mentions. */
function withoutEntities(text: string, base: number): ProseRange[] {
  const entities = [
    ...extractUrls(text),
    ...(text.includes('#') || text.includes('＃') ? extractHashtags(text).map((h) => ({ start: h.start, end: h.end })) : []),
    ...(text.includes('@') || text.includes('＠') ? extractMentions(text).map((m) => ({ start: m.start, end: m.end })) : []),
  ].sort((a, b) => a.start - b.start)
  const ranges: ProseRange[] = []
  let from = 0
  for (const entity of entities) {
    if (entity.start > from) ranges.push({ start: base + from, end: base + entity.start })
    from = Math.max(from, entity.end)
  }
  if (from < text.length) ranges.push({ start: base + from, end: base + text.length })
  return ranges
}

/**
 * Ranges of a Markdown source that hold prose: the source of text nodes, less
 * the URLs, hashtags and mentions in them. Code, HTML, link destinations and
 * Markdown syntax are never prose, so rules that repair wording never touch them.
 */
export function proseRanges(source: string, tree: Root | undefined): ProseRange[] {
  return textNodeRanges(source, tree).flatMap(({ start, end }) => withoutEntities(source.slice(start, end), start))
}
