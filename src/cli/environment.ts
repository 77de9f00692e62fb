import type { Lang } from '../post/language.js'

/** What the CLI needs from its process, so that tests can run it in-process with fake streams. */
export interface CliStream {
  write(chunk: string): unknown
  readonly isTTY?: boolean
  readonly columns?: number
}

export interface CliEnvironment {
  readonly stdout: CliStream
  readonly stderr: CliStream
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
}

/**
 * The language of messages from the locale, as POSIX programs choose it:
 * the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty.
 * `fr`, `fr_CA.UTF-8`, `fr-CA` give French; anything else English.
 */
export function languageFromLocale(env: CliEnvironment['env']): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '')
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

/**
 * Whether to colour a stream. FORCE_COLOR wins (as in Node itself; `0` or
 * `false` forces plain), then NO_COLOR (https://no-color.org), then a dumb
 * terminal, then whether the stream is a terminal at all.
 */
export function colorEnabled(stream: CliStream, env: CliEnvironment['env']): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}

/** ANSI styles, or identity functions when colour is off. */
export interface Paint {
  readonly red: (text: string) => string
  readonly yellow: (text: string) => string
  readonly blue: (text: string) => string
  readonly green: (text: string) => string
  readonly dim: (text: string) => string
  readonly bold: (text: string) => string
  readonly underline: (text: string) => string
}

export function paint(enabled: boolean): Paint {
  const style = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text)
  return { red: style(31, 39), yellow: style(33, 39), blue: style(34, 39), green: style(32, 39), dim: style(2, 22), bold: style(1, 22), underline: style(4, 24) }
}
