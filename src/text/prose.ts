import type { Root } from 'mdast'
import { textNodeRanges } from './markdown.js'
import { extractUrls } from './urls.js'
import { extractHashtags, extractMentions } from './social-entities.js'
import { sortByStart } from './sort.js'

/** Range of a post's Markdown source that is prose: not a URL, hashtag, mention, code or HTML. */
export interface ProseRange {
  readonly start: number
  readonly end: number
}

/** Ranges of `text` (offsets relative to `base`) that are not URLs, hashtags or mentions, added to `ranges`. */
function addWithoutEntities(text: string, base: number, ranges: ProseRange[]): void {
  // extractUrls hands each caller a list of its own: hashtags and mentions join it.
  const entities: Array<{ readonly start: number; readonly end: number }> = extractUrls(text)
  if (text.includes('#') || text.includes('＃')) for (const hashtag of extractHashtags(text)) entities.push(hashtag)
  if (text.includes('@') || text.includes('＠')) for (const mention of extractMentions(text)) entities.push(mention)
  sortByStart(entities)
  let from = 0
  for (const entity of entities) {
    if (entity.start > from) ranges.push({ start: base + from, end: base + entity.start })
    from = Math.max(from, entity.end)
  }
  if (from < text.length) ranges.push({ start: base + from, end: base + text.length })
}

/**
 * Ranges of a Markdown source that hold prose: the source of text nodes, less
 * the URLs, hashtags and mentions in them. Code, HTML, link destinations and
 * Markdown syntax are never prose, so rules that repair wording never touch them.
 */
export function proseRanges(source: string, tree: Root | undefined): ProseRange[] {
  const ranges: ProseRange[] = []
  for (const { start, end } of textNodeRanges(source, tree)) addWithoutEntities(source.slice(start, end), start, ranges)
  return ranges
}
