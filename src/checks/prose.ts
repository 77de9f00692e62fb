import type { Nodes, Root } from 'mdast'
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
  if (tree === undefined) return withoutEntities(source, 0)
  const ranges: ProseRange[] = []
  const stack: Nodes[] = [tree]
  const texts: Array<{ start: number; end: number }> = []
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) texts.push({ start, end })
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
    }
  }
  for (const { start, end } of texts) ranges.push(...withoutEntities(source.slice(start, end), start))
  return ranges
}
