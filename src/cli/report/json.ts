import type { Lang } from '../../post/language.js'
import { type CheckedFile, locateDiagnostic, totals } from './checked.js'

/**
 * The report for machines (`--format json`): every file with its problems and
 * posts; every diagnostic as `check` returns it (`position` is in the post's
 * text) plus `location`, its place in the file. `message` is in both
 * languages; `text` is the one asked for with `--lang`.
 */
export function formatJson(files: readonly CheckedFile[], lang: Lang): string {
  const count = totals(files)
  const report = {
    ok: count.errors === 0,
    errorCount: count.errors,
    warningCount: count.warnings,
    infoCount: count.infos,
    files: files.map((file) => ({
      file: file.file,
      problems: file.problems.map((problem) => ({ ...problem, severity: 'error', text: problem.message[lang] })),
      posts: file.posts.map(({ filePost, report: postReport }) => ({
        id: filePost.post.id,
        index: filePost.index,
        ok: postReport.ok,
        diagnostics: postReport.diagnostics.map((diagnostic) => {
          const { start, end } = locateDiagnostic(filePost, diagnostic)
          return { ...diagnostic, text: diagnostic.message[lang], location: { file: file.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column } }
        }),
      })),
    })),
  }
  return `${JSON.stringify(report, null, 2)}\n`
}
