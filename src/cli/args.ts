import { parseArgs } from 'node:util'
import type { AccountMode, LanguageOrder, OverflowPolicy } from '../export/index.js'
import type { Lang } from '../post/language.js'
import { isPlatformId } from '../platforms/registry.js'
import { type PlatformId, platformIds } from '../platforms/types.js'
import { say, UsageError } from './messages.js'

export const commands = ['check', 'export', 'preview', 'init'] as const
export const reportFormats = ['stylish', 'json', 'github', 'sarif', 'junit'] as const
export type ReportFormat = (typeof reportFormats)[number]
export type Command = (typeof commands)[number]

/** A command line once parsed and checked. */
export type CliRequest =
  | { readonly kind: 'help'; readonly lang: Lang }
  | { readonly kind: 'version'; readonly lang: Lang }
  | {
      readonly kind: 'run'
      readonly command: Command
      readonly lang: Lang
      readonly inputs: readonly string[]
      readonly format: ReportFormat
      /** Errors only (`--quiet`). */
      readonly quiet: boolean
      readonly maxWarnings?: number
      readonly platforms?: readonly PlatformId[]
      readonly out?: string
      readonly accounts?: AccountMode
      readonly overflow?: OverflowPolicy
      readonly order?: LanguageOrder
      /** export: write payloads even for a post whose check has errors. */
      readonly force: boolean
      /** `--config FILE`: this config for every file instead of searching; `false` for `--no-config`. */
      readonly config?: string | false
      /** export: the rest of `toPayloads`' options, from their own flags. */
      readonly payload: ExportFlags
    }

/** `toPayloads` options the CLI takes as flags (besides `--accounts`, `--overflow`, `--order`). */
export interface ExportFlags {
  readonly numbering?: boolean
  readonly separator?: string
  readonly now?: string
  readonly linkedinAuthor?: string
  readonly linkedinVisibility?: 'PUBLIC' | 'CONNECTIONS' | 'LOGGED_IN'
  readonly linkedinDraft?: boolean
  readonly mastodonVisibility?: 'public' | 'unlisted' | 'private' | 'direct'
  readonly youtubeCategory?: string
}

const options = {
  lang: { type: 'string' },
  format: { type: 'string' },
  'max-warnings': { type: 'string' },
  platform: { type: 'string', multiple: true },
  out: { type: 'string', short: 'o' },
  accounts: { type: 'string' },
  overflow: { type: 'string' },
  order: { type: 'string' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  'no-numbering': { type: 'boolean' },
  separator: { type: 'string' },
  now: { type: 'string' },
  'linkedin-author': { type: 'string' },
  'linkedin-visibility': { type: 'string' },
  'linkedin-draft': { type: 'boolean' },
  'mastodon-visibility': { type: 'string' },
  'youtube-category': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

/** `--lang` read before anything else, so that even an error about another option is in the language asked for. */
function requestedLanguage(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='))
  if (index === -1) return undefined
  const arg = argv[index] as string
  return arg.includes('=') ? arg.slice('--lang='.length) : argv[index + 1]
}

function oneOf<T extends string>(lang: Lang, option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(say(lang, 'usage.badValue', { option, value, allowed: allowed.join(', ') }))
  return value as T
}

/**
 * Parses the command line with `node:util` `parseArgs`. Throws a
 * {@link UsageError} (message in `lang`) for anything it cannot accept.
 */
export function parseCommandLine(argv: readonly string[], localeLang: Lang): CliRequest {
  const asked = requestedLanguage(argv)
  const lang: Lang = asked === 'fr' || asked === 'en' ? asked : localeLang
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
  } catch (error) {
    // parseArgs words its errors in English only; the commonest one gets a message of ours.
    const unknown = error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(error.message)?.[1] : undefined
    if (unknown !== undefined) throw new UsageError(say(lang, 'usage.badOption', { reason: say(lang, 'usage.unknownOption', { option: unknown }) }))
    throw new UsageError(say(lang, 'usage.badOption', { reason: error instanceof Error ? error.message : String(error) }))
  }
  const { values, positionals } = parsed
  oneOf(lang, 'lang', values.lang, ['en', 'fr'])
  if (values.help) return { kind: 'help', lang }
  if (values.version) return { kind: 'version', lang }
  const [command, ...inputs] = positionals
  if (command === undefined) throw new UsageError(say(lang, 'usage.noCommand'))
  if (!(commands as readonly string[]).includes(command)) throw new UsageError(say(lang, 'usage.unknownCommand', { command }))
  if (inputs.length === 0 && command !== 'init') throw new UsageError(say(lang, 'usage.noInput', { command }))
  const platforms = values.platform?.map((value) => {
    if (!isPlatformId(value)) throw new UsageError(say(lang, 'usage.badPlatform', { value, allowed: platformIds.join(', ') }))
    return value
  })
  const maxWarnings = values['max-warnings']
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) throw new UsageError(say(lang, 'usage.badNumber', { option: 'max-warnings', value: maxWarnings }))
  if ((command === 'export' || command === 'preview') && values.out === undefined) throw new UsageError(say(lang, 'usage.missingOption', { command, option: 'out' }))
  if (command === 'export' && platforms?.length !== 1) throw new UsageError(say(lang, 'usage.missingOption', { command, option: 'platform' }))
  const accounts = oneOf<AccountMode>(lang, 'accounts', values.accounts, ['separate', 'bilingual'])
  const overflow = oneOf<OverflowPolicy>(lang, 'overflow', values.overflow, ['error', 'thread'])
  const order = oneOf<LanguageOrder>(lang, 'order', values.order, ['en-first', 'fr-first'])
  const now = values.now
  if (now !== undefined && Number.isNaN(Date.parse(now))) throw new UsageError(say(lang, 'usage.badDate', { option: 'now', value: now }))
  const linkedinVisibility = oneOf(lang, 'linkedin-visibility', values['linkedin-visibility'], ['PUBLIC', 'CONNECTIONS', 'LOGGED_IN'] as const)
  const mastodonVisibility = oneOf(lang, 'mastodon-visibility', values['mastodon-visibility'], ['public', 'unlisted', 'private', 'direct'] as const)
  const payload: ExportFlags = {
    ...(values['no-numbering'] === true ? { numbering: false } : {}),
    // A shell cannot easily pass a newline, so `\n` in the value stands for one.
    ...(values.separator === undefined ? {} : { separator: values.separator.replaceAll('\\n', '\n') }),
    ...(now === undefined ? {} : { now }),
    ...(values['linkedin-author'] === undefined ? {} : { linkedinAuthor: values['linkedin-author'] }),
    ...(linkedinVisibility === undefined ? {} : { linkedinVisibility }),
    ...(values['linkedin-draft'] === true ? { linkedinDraft: true } : {}),
    ...(mastodonVisibility === undefined ? {} : { mastodonVisibility }),
    ...(values['youtube-category'] === undefined ? {} : { youtubeCategory: values['youtube-category'] }),
  }
  return {
    kind: 'run',
    command: command as Command,
    lang,
    inputs,
    format: oneOf(lang, 'format', values.format, reportFormats) ?? 'stylish',
    quiet: values.quiet === true,
    ...(maxWarnings === undefined ? {} : { maxWarnings: Number(maxWarnings) }),
    ...(platforms === undefined ? {} : { platforms }),
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(accounts === undefined ? {} : { accounts }),
    ...(overflow === undefined ? {} : { overflow }),
    ...(order === undefined ? {} : { order }),
    force: values.force === true,
    ...(values['no-config'] === true ? { config: false as const } : values.config === undefined ? {} : { config: values.config }),
    payload,
  }
}
