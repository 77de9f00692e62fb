import { parseJsonPosts } from './json-posts.js'
import { parseMarkdownPost } from './markdown-post.js'
import { fileProblem } from './problem.js'
import type { PostFile } from './types.js'

/** Extensions of the files that hold posts. */
export const postFileExtensions = ['.json', '.md', '.markdown'] as const

/** True when `file`'s name says it holds posts. */
export function isPostFile(file: string): boolean {
  const lower = file.toLowerCase()
  return postFileExtensions.some((extension) => lower.endsWith(extension))
}

/**
 * Reads the posts of a file's text: `.json` (one post or an array) or `.md`
 * (the bilingual Markdown post format). Never throws on bad content: what is
 * wrong comes back as `problems`, with the line and column in the file, and
 * every valid post comes back with a `locate` that maps a place in its text to
 * the file.
 *
 * @example
 * const { posts, problems } = parsePostFile(readFileSync('posts/flu.md', 'utf8'), 'posts/flu.md')
 * for (const { post, locate } of posts) {
 *   for (const d of check(post).diagnostics) {
 *     const at = locate({ lang: d.lang, field: d.field, offset: d.position?.start.offset })
 *     console.log(`posts/flu.md:${at.line}:${at.column} ${d.message.en}`)
 *   }
 * }
 */
export function parsePostFile(text: string, file: string): PostFile {
  if (file.toLowerCase().endsWith('.json')) return parseJsonPosts(text, file)
  if (isPostFile(file)) return parseMarkdownPost(text, file)
  return { file, posts: [], problems: [fileProblem('unsupportedExtension', { file })] }
}

/**
 * Reads a file of posts from disk. An unreadable path is a problem in the
 * result, not an exception, so that a batch goes on with the other files.
 *
 * @example
 * const { posts, problems } = await readPostFile('posts/flu.md')
 */
export async function readPostFile(file: string): Promise<PostFile> {
  if (!isPostFile(file)) return { file, posts: [], problems: [fileProblem('unsupportedExtension', { file })] }
  let text: string
  try {
    // Loaded here, not at the top: the rest of /pipelines (parsePostFile, toXliff, renderPreview) runs in a browser.
    const { readFile } = await import('node:fs/promises')
    text = await readFile(file, 'utf8')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { file, posts: [], problems: [fileProblem('unreadable', { reason })] }
  }
  return parsePostFile(text, file)
}
