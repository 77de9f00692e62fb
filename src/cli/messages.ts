import { cliI18n } from '../i18n/cli-messages.js'
import type { Lang } from '../post/language.js'

/** A message of the `cli` namespace in `lang`. */
export function say(lang: Lang, key: string, data: Readonly<Record<string, unknown>> = {}): string {
  return cliI18n().t(key, { ...data, lng: lang, ns: 'cli' })
}

/** A severity word (`error`, `avertissement`…) from the `rules` namespace, shared with `formatDiagnostic`. */
export function severityWord(lang: Lang, severity: 'error' | 'warning' | 'info'): string {
  return cliI18n().t(`severity.${severity}`, { lng: lang, ns: 'rules' })
}

/** Thrown for a bad command line: the CLI prints the message and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
