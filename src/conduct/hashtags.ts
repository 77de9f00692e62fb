import type { Nodes, Root } from 'mdast'
import { extractHashtags } from '../text/social-entities.js'

/** A hashtag in a source, with 0-based offsets of the whole `#tag`. */
export interface HashtagAt {
  readonly tag: string
  readonly start: number
  readonly end: number
}

/** Offsets of the text nodes of a Markdown tree: hashtags are looked for there only, never in code or link targets. */
function textNodeRanges(source: string, tree: Root | undefined): { start: number; end: number }[] {
  if (tree === undefined) return [{ start: 0, end: source.length }]
  const ranges: { start: number; end: number }[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) ranges.push({ start, end })
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
    }
  }
  return ranges
}

/** The hashtags of a Markdown source (the same ones the prose ranges leave out). */
export function hashtagsOf(source: string, tree?: Root): HashtagAt[] {
  if (!source.includes('#') && !source.includes('＃')) return []
  return textNodeRanges(source, tree).flatMap(({ start, end }) =>
    extractHashtags(source.slice(start, end)).map((hashtag) => {
      const at = { start: start + hashtag.start, end: start + hashtag.end }
      return { ...at, tag: source.slice(at.start, at.end).replace(/^[#＃]/, '') }
    }),
  )
}
