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
  return textNodeRanges(source, tree).flatMap(({ start, end }) =>
    extractHashtags(source.slice(start, end)).map((hashtag) => {
      const at = { start: start + hashtag.start, end: start + hashtag.end }
      return { ...at, tag: source.slice(at.start, at.end).replace(/^[#＃]/, '') }
    }),
  )
}
