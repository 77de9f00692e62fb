import { lineStartsOf, pointAt } from '../checks/diagnostic.js'
import { safeDefinePost } from '../post/define.js'
import { type JsonSpan, locateJsonValues, pathKey, rawOffsetOf } from './json-locator.js'
import { byPlace, fileProblem, type PostFileProblem, problemForIssue } from './problem.js'
import { fieldPath, type FilePoint, type FilePost, type PostFile } from './types.js'

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** Node 20 says `… in JSON at position 45`; the line and column are what a person needs. */
function jsonErrorPlace(text: string, error: unknown): FilePoint | undefined {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')
  if (position === null) return undefined
  const { line, column } = pointAt(text, Number(position[1]))
  return { line, column }
}

/**
 * Reads the posts of a `.json` file: one post, or an array of posts. Positions
 * point at characters of the file: a diagnostic at offset 12 of the French
 * text is reported at the line and column of that character inside the JSON
 * string, escapes counted.
 */
export function parseJsonPosts(text: string, file: string): PostFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { file, posts: [], problems: [fileProblem('invalidJson', { reason }, jsonErrorPlace(text, error) ?? {})] }
  }
  const spans = locateJsonValues(text)
  // Line starts made when first needed and kept with this file's result, for the many offsets located in it.
  let starts: readonly number[] | undefined
  const pointOf = (offset: number): FilePoint => {
    const { line, column } = pointAt(text, offset, (starts ??= lineStartsOf(text)))
    return { line, column }
  }
  /**
   * The deepest value of `path` that exists in the file, so a bad nested value
   * is pointed at, or its parent when absent; with `key`, the member's key
   * rather than its value (an unknown key).
   */
  const near = (path: readonly (string | number)[], key = false): FilePoint => {
    for (let depth = path.length; depth >= 0; depth--) {
      const span = spans.get(pathKey(path.slice(0, depth)))
      if (span) return pointOf(key && depth === path.length && span.keyStart !== undefined ? span.keyStart : span.start)
    }
    return { line: 1, column: 1 }
  }
  const inputs: Array<{ value: unknown; prefix: (string | number)[] }> = Array.isArray(data) ? data.map((value: unknown, index) => ({ value, prefix: [index] })) : [{ value: data, prefix: [] }]
  const posts: FilePost[] = []
  const problems: PostFileProblem[] = []
  inputs.forEach(({ value, prefix }, index) => {
    const at = (path: readonly (string | number)[], key = false) => near([...prefix, ...path], key)
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(fileProblem('notAPost', { found: describe(value) }, { ...at([]), postIndex: index }))
      return
    }
    const result = safeDefinePost(value)
    if (!result.success) {
      // In file order, as the diagnostics are listed (zod lists unknown keys last).
      const found = result.error.issues.map((issue) => problemForIssue(issue, { ...at(issue.path, issue.code === 'unrecognized_keys'), postIndex: index }))
      problems.push(...found.sort(byPlace))
      return
    }
    posts.push({
      post: result.post,
      index,
      locate: ({ lang, field, offset = 0 }) => {
        const path = lang === undefined ? undefined : fieldPath(lang, field)
        const span: JsonSpan | undefined = path === undefined ? undefined : spans.get(pathKey([...prefix, ...path]))
        if (span === undefined || span.kind !== 'string') return at([])
        return pointOf(rawOffsetOf(text, span.start, offset))
      },
    })
  })
  return { file, posts, problems }
}
