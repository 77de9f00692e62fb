import type { Lang } from '../../post/language.js'
import type { CheckedFile } from './checked.js'
import { reportEntries } from './entries.js'

// Escaping as the runner's toolkit does (actions/toolkit, packages/core/src/command.ts: escapeData, escapeProperty):
// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
export const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
export const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')

const command = { error: 'error', warning: 'warning', info: 'notice' } as const

/**
 * `--format github`: one workflow command per problem (`::error file=…,line=…,col=…::…`),
 * which GitHub Actions shows as an annotation on the line of the pull request.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-an-error-message
 */
export function formatGithub(files: readonly CheckedFile[], lang: Lang): string {
  return reportEntries(files, lang)
    .map((entry) => {
      const properties = [
        `file=${escapeProperty(entry.file)}`,
        `line=${entry.line}`,
        `endLine=${entry.endLine}`,
        `col=${entry.column}`,
        ...(entry.endLine === entry.line ? [`endColumn=${entry.endColumn}`] : []),
        `title=${escapeProperty(entry.ruleId)}`,
      ]
      return `::${command[entry.severity]} ${properties.join(',')}::${escapeData(entry.message)}\n`
    })
    .join('')
}
