import type { Severity } from '../../checks/diagnostic.js'
import type { Lang } from '../../post/language.js'
import { type CheckedFile, locateDiagnostic } from './checked.js'

/** One thing to report, file problem or diagnostic, at its place in the file: what the CI formats list. */
export interface ReportEntry {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  readonly severity: Severity
  /** The rule id, or `file/<code>` for a problem that kept a post out. */
  readonly ruleId: string
  readonly message: string
  /** The post's id, when it has one. */
  readonly post?: string
}

/** Every problem and diagnostic of the files, in file order, messages in `lang`. */
export function reportEntries(files: readonly CheckedFile[], lang: Lang): ReportEntry[] {
  const entries: ReportEntry[] = []
  for (const file of files) {
    for (const problem of file.problems) {
      const line = problem.line ?? 1
      const column = problem.column ?? 1
      entries.push({ file: file.file, line, column, endLine: line, endColumn: column, severity: 'error', ruleId: `file/${problem.code}`, message: problem.message[lang] })
    }
    const located = file.posts.flatMap(({ filePost, report }) =>
      report.diagnostics.map((diagnostic) => {
        const { start, end } = locateDiagnostic(filePost, diagnostic)
        return {
          file: file.file,
          line: start.line,
          column: start.column,
          endLine: Math.max(end.line, start.line),
          endColumn: end.line > start.line ? end.column : Math.max(end.column, start.column),
          severity: diagnostic.severity,
          ruleId: diagnostic.ruleId,
          message: diagnostic.message[lang],
          ...(filePost.post.id === undefined ? {} : { post: filePost.post.id }),
        }
      }),
    )
    located.sort((a, b) => a.line - b.line || a.column - b.column)
    entries.push(...located)
  }
  return entries
}
