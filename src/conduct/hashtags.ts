import type { Root } from 'mdast'
import { textNodeRanges } from '../text/markdown.js'
import { extractHashtags } from '../text/social-entities.js'

/** A hashtag in a source, with 0-based offsets of the whole `#tag`. */
export interface HashtagAt {
  readonly tag: string
  readonly start: number
  readonly end: number
}

/** The hashtags of a Markdown source (the same ones the prose ranges leave out). */
export function hashtagsOf(source: string, tree?: Root): HashtagAt[] {
  if (!source.includes('#') && !source.includes('＃')) return []
  const found: HashtagAt[] = []
  for (const { start, end } of textNodeRanges(source, tree)) {
    // A hashtag's text is what follows its one-unit `#` or `＃`.
    for (const hashtag of extractHashtags(source.slice(start, end))) found.push({ start: start + hashtag.start, end: start + hashtag.end, tag: hashtag.text })
  }
  return found
}
