import type { Lang } from '../../post/language.js'
import type { Paint } from '../environment.js'
import { say, severityWord } from '../messages.js'
import { type CheckedFile, locateDiagnostic, totals } from './checked.js'

/**
 * The report for people: diagnostics grouped by file, each line starting with
 * `file:line:col` so that terminals and editors can jump to it, then the
 * severity as a word (never colour alone), the language and platform, the
 * message in `lang`, and the rule id.
 */
export function formatStylish(files: readonly CheckedFile[], lang: Lang, color: Paint): string {
  const out: string[] = []
  const severityColor = { error: color.red, warning: color.yellow, info: color.blue }
  const word = (severity: 'error' | 'warning' | 'info') => severityColor[severity](severityWord(lang, severity).padEnd(lang === 'fr' ? 13 : 7))
  for (const file of files) {
    const lines: string[] = []
    for (const problem of file.problems) {
      const where = problem.line === undefined ? file.file : `${file.file}:${problem.line}:${problem.column ?? 1}`
      lines.push(`  ${where}  ${word('error')}  ${problem.message[lang]}  ${color.dim(`file/${problem.code}`)}`)
    }
    const several = file.posts.length + new Set(file.problems.map((p) => p.postIndex)).size > 1
    for (const { filePost, report } of file.posts) {
      // In file order, as editors and linters list them, rather than by severity.
      const located = report.diagnostics.map((diagnostic) => ({ diagnostic, start: locateDiagnostic(filePost, diagnostic).start }))
      located.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column)
      for (const { diagnostic, start } of located) {
        const tags = [several ? `[${filePost.post.id ?? `#${filePost.index + 1}`}]` : undefined, diagnostic.lang, diagnostic.platform].filter((tag) => tag !== undefined)
        lines.push(`  ${file.file}:${start.line}:${start.column}  ${word(diagnostic.severity)}  ${color.dim(tags.join(' '))}  ${diagnostic.message[lang]}  ${color.dim(diagnostic.ruleId)}`)
      }
    }
    if (lines.length > 0) out.push(color.underline(file.file), ...lines, '')
  }
  out.push(summaryLine(files, lang, color))
  return `${out.join('\n')}\n`
}

/** `2 problems (1 error, 1 warning, 0 notes) in 3 posts (2 files).` */
export function summaryLine(files: readonly CheckedFile[], lang: Lang, color: Paint): string {
  const count = totals(files)
  const posts = say(lang, 'summary.posts', { count: count.posts })
  const fileCount = say(lang, 'summary.files', { count: count.files })
  const problems = count.errors + count.warnings + count.infos
  if (problems === 0) return color.green(say(lang, 'summary.clean', { posts, files: fileCount }))
  const line = say(lang, 'summary.line', {
    problems: say(lang, 'summary.problems', { count: problems }),
    errors: say(lang, 'summary.errors', { count: count.errors }),
    warnings: say(lang, 'summary.warnings', { count: count.warnings }),
    infos: say(lang, 'summary.infos', { count: count.infos }),
    posts,
    files: fileCount,
  })
  return count.errors > 0 ? color.bold(color.red(line)) : color.bold(color.yellow(line))
}
