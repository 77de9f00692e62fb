import type { Field } from '../checks/diagnostic.js'
import type { BilingualPost } from '../post/define.js'
import type { Lang } from '../post/language.js'
import type { PostFileProblem } from './problem.js'

/** A 1-based line and column in a file. */
export interface FilePoint {
  readonly line: number
  readonly column: number
}

/** A place in a post: a language's field (`text` by default) and a 0-based offset in it. */
export interface PostPlace {
  readonly lang?: Lang
  readonly field?: Field
  readonly offset?: number
}

/** A valid post read from a file, and how to find its text in that file. */
export interface FilePost {
  readonly post: BilingualPost
  /** Index of the post in its file (always 0 in a Markdown file). */
  readonly index: number
  /**
   * Line and column in the file of a place in the post. A place with no
   * language, or a field the file does not hold, falls back to where the post starts.
   */
  locate(place: PostPlace): FilePoint
}

/** What a file of posts holds: its valid posts and the problems that kept others out. */
export interface PostFile {
  readonly file: string
  readonly posts: readonly FilePost[]
  readonly problems: readonly PostFileProblem[]
}

/** Path of a post's value for a diagnostic's field, as in the post input: `['fr']`, `['media', 0, 'alt', 'fr']`. */
export function fieldPath(lang: Lang, field: Field = 'text'): (string | number)[] | undefined {
  if (field === 'text') return [lang]
  if (field === 'title') return ['title', lang]
  if (field === 'media') return ['media']
  const item = /^media\.(\d+)$/.exec(field)
  if (item) return ['media', Number(item[1])]
  const media = /^media\.(\d+)\.alt$/.exec(field)
  return media ? ['media', Number(media[1]), 'alt', lang] : undefined
}
