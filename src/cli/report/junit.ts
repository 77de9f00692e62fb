import type { Lang } from '../../post/language.js'
import type { CheckedFile } from './checked.js'
import { reportEntries } from './entries.js'

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;')

/**
 * `--format junit`: one test suite per file, one test case per error or
 * warning (failing), or one passing case for a clean file — as ESLint's
 * junit formatter, which CI servers (GitLab, Jenkins, Azure) read.
 */
export function formatJunit(files: readonly CheckedFile[], lang: Lang): string {
  const entries = reportEntries(files, lang)
  const suites = files.map((file) => {
    const mine = entries.filter((entry) => entry.file === file.file && entry.severity !== 'info')
    const cases =
      mine.length === 0
        ? [`    <testcase time="0" name="${escapeXml(file.file)}" classname="bilingual-posts"/>`]
        : mine.map((entry) => {
            const where = `${entry.file}:${entry.line}:${entry.column}`
            return [
              `    <testcase time="0" name="${escapeXml(`${where} ${entry.ruleId}`)}" classname="${escapeXml(file.file.replace(/\.[^./\\]+$/, ''))}">`,
              `      <failure message="${escapeXml(entry.message)}" type="${entry.severity}">${escapeXml(`${entry.severity} ${where} ${entry.message} (${entry.ruleId})`)}</failure>`,
              '    </testcase>',
            ].join('\n')
          })
    return `  <testsuite package="bilingual-posts" time="0" tests="${cases.length}" errors="0" failures="${mine.length}" name="${escapeXml(file.file)}">\n${cases.join('\n')}\n  </testsuite>`
  })
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n${suites.join('\n')}\n</testsuites>\n`
}
