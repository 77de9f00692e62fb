import type { Diagnostic } from '../../checks/diagnostic.js'
import type { CheckReport } from '../../checks/engine.js'
import type { PostFileProblem } from '../../files/problem.js'
import type { FilePoint, FilePost } from '../../files/types.js'

/** One post of a file and what `check` found in it. */
export interface CheckedPost {
  readonly filePost: FilePost
  readonly report: CheckReport
}

/** One file: what kept posts out of it, and its checked posts. */
export interface CheckedFile {
  readonly file: string
  readonly problems: readonly PostFileProblem[]
  readonly posts: readonly CheckedPost[]
}

/** Where a diagnostic starts and ends in the file. */
export function locateDiagnostic(filePost: FilePost, diagnostic: Diagnostic): { start: FilePoint; end: FilePoint } {
  const place = { ...(diagnostic.lang === undefined ? {} : { lang: diagnostic.lang }), field: diagnostic.field }
  return {
    start: filePost.locate({ ...place, offset: diagnostic.position?.start.offset ?? 0 }),
    end: filePost.locate({ ...place, offset: diagnostic.position?.end.offset ?? 0 }),
  }
}

/** Totals over files: file problems count as errors. */
export function totals(files: readonly CheckedFile[]) {
  let errors = 0
  let warnings = 0
  let infos = 0
  let posts = 0
  for (const file of files) {
    errors += file.problems.length
    for (const { report } of file.posts) {
      posts++
      errors += report.errorCount
      warnings += report.warningCount
      infos += report.infoCount
    }
  }
  return { errors, warnings, infos, posts, files: files.length }
}
