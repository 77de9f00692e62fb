import { pointAt } from '../../checks/diagnostic.js'
import { safeDefinePost, type PostInputIssue } from '../../post/define.js'
import { type JsonSpan, locateJsonValues, pathKey, rawOffsetOf } from './json-locator.js'
import { fileProblem, type PostFileProblem } from './problem.js'
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

function problemForIssue(issue: PostInputIssue, index: number, near: (path: readonly (string | number)[]) => FilePoint): PostFileProblem {
  const [key] = issue.path
  const place = { ...near(issue.path), postIndex: index }
  if (issue.path.length === 1 && (key === 'en' || key === 'fr') && issue.code === 'invalid_type' && /undefined/.test(issue.message)) {
    return fileProblem('missingLanguage', { lang: key, field: key }, place)
  }
  return fileProblem('invalidPost', { path: issue.path.length === 0 ? '(post)' : issue.path.join('.'), reason: issue.message, issue: issue.code }, place)
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
  const pointOf = (offset: number): FilePoint => {
    const { line, column } = pointAt(text, offset)
    return { line, column }
  }
  /** The deepest value of `path` that exists in the file, so a bad nested value is pointed at, or its parent when absent. */
  const near = (path: readonly (string | number)[]): FilePoint => {
    for (let depth = path.length; depth >= 0; depth--) {
      const span = spans.get(pathKey(path.slice(0, depth)))
      if (span) return pointOf(span.start)
    }
    return { line: 1, column: 1 }
  }
  const inputs: Array<{ value: unknown; prefix: (string | number)[] }> = Array.isArray(data)
    ? data.map((value: unknown, index) => ({ value, prefix: [index] }))
    : [{ value: data, prefix: [] }]
  const posts: FilePost[] = []
  const problems: PostFileProblem[] = []
  inputs.forEach(({ value, prefix }, index) => {
    const at = (path: readonly (string | number)[]) => near([...prefix, ...path])
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(fileProblem('notAPost', { found: describe(value) }, { ...at([]), postIndex: index }))
      return
    }
    const result = safeDefinePost(value)
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(problemForIssue(issue, index, at))
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
