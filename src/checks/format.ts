import type { Lang } from '../post/language.js'
import { getI18n } from '../i18n/instance.js'
import type { Diagnostic } from './diagnostic.js'

/**
 * One line for a person: where, how serious, the message in `lang`, and the rule id.
 *
 * @example
 * formatDiagnostic(report.diagnostics[0], 'fr')
 * // 'fr 1:46-1:312 erreur  Le texte français compte 297 caractères pondérés sur X, … (length/over-limit)'
 */
export function formatDiagnostic(diagnostic: Diagnostic, lang: Lang = 'en'): string {
  const t = getI18n().getFixedT(lang, 'rules')
  const where = [
    diagnostic.lang,
    diagnostic.field === 'text' ? undefined : diagnostic.field,
    diagnostic.position ? `${diagnostic.position.start.line}:${diagnostic.position.start.column}-${diagnostic.position.end.line}:${diagnostic.position.end.column}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(' ')
  const severity = t(`severity.${diagnostic.severity}`)
  return `${where === '' ? '' : `${where} `}${severity}  ${diagnostic.message[lang]} (${diagnostic.ruleId})`
}
