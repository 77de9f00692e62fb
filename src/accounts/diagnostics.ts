import { translateBoth } from '../i18n/messages.js'
import { type Diagnostic, type Field, positionOf, type Severity } from '../checks/diagnostic.js'
import type { Lang } from '../post/language.js'
import { getPlatform } from '../platforms/registry.js'
import type { PlatformId } from '../platforms/types.js'
import { freezeDeep, frozenCopy } from '../text/frozen.js'

/** What the account helpers know of one problem before it becomes a {@link Diagnostic}. */
export interface AccountProblem {
  readonly ruleId: string
  readonly severity: Severity
  readonly field: Field
  /** Message key under `ruleId` in the `accounts` namespace; `message` when absent. */
  readonly messageId?: string
  readonly lang?: Lang
  readonly platform?: PlatformId
  readonly data?: Readonly<Record<string, unknown>>
  /** The text the range is in, and the range (0-based UTF-16 offsets). */
  readonly source?: string
  readonly range?: { readonly start: number; readonly end: number }
}

/**
 * Turns a problem into a diagnostic with its message in both languages, from
 * the `accounts` namespace of the library's i18next instance. The key keeps
 * its namespace (`accounts:handle/too-long.message`) so hosts can reword it.
 */
export function accountDiagnostic(problem: AccountProblem): Diagnostic {
  const messageKey = `accounts:${problem.ruleId}.${problem.messageId ?? 'message'}`
  const data = frozenCopy(problem.data ?? {})
  const platformName = problem.platform === undefined ? undefined : getPlatform(problem.platform).displayName
  const { source, range } = problem
  return freezeDeep({
    ruleId: problem.ruleId,
    severity: problem.severity,
    ...(problem.lang === undefined ? {} : { lang: problem.lang }),
    ...(problem.platform === undefined ? {} : { platform: problem.platform }),
    field: problem.field,
    ...(source === undefined || range === undefined ? {} : { position: positionOf(source, range.start, range.end) }),
    data,
    message: translateBoth(messageKey, { ...data, platformName }),
    messageKey,
  })
}

/** The report shape shared with `check`: `ok` is false when any diagnostic is an error. */
export interface AccountReport {
  readonly ok: boolean
  readonly diagnostics: readonly Diagnostic[]
  readonly errorCount: number
  readonly warningCount: number
  readonly infoCount: number
}

/** Builds a report from diagnostics, errors first. */
export function reportOf(diagnostics: readonly Diagnostic[]): AccountReport {
  const order = { error: 0, warning: 1, info: 2 } as const
  const sorted = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity])
  const count = (severity: Severity) => sorted.filter((d) => d.severity === severity).length
  const errorCount = count('error')
  return Object.freeze({ ok: errorCount === 0, diagnostics: Object.freeze(sorted), errorCount, warningCount: count('warning'), infoCount: count('info') })
}
