import { dirname, resolve } from 'node:path'
import { lilconfig, type LilconfigResult } from 'lilconfig'
import type { Bilingual } from '../post/language.js'
import { cliI18n } from '../i18n/cli-messages.js'
import { builtInRuleIds, pluginsProblem } from '../checks/plugins.js'
import { type InputIssue, inputIssues, nearestName } from '../post/input-issues.js'
import { type BilingualPostsConfig, configSchema } from './schema.js'

/** The file names searched, in each folder from the post's up to the root, first found wins (as ESLint, Prettier and remark do). */
export const configSearchPlaces = ['package.json', '.bilingualpostsrc', '.bilingualpostsrc.json', 'bilingual-posts.config.json', 'bilingual-posts.config.js', 'bilingual-posts.config.mjs'] as const

/**
 * A config file that cannot be read or does not hold what a config may, naming
 * the file and the key path; `message` in English, `messages` in both languages.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  constructor(
    readonly file: string,
    /** Key path of the bad value, e.g. `['limits', 'x', 'text']`; empty when the file itself is at fault. */
    readonly path: readonly (string | number)[],
    readonly messages: Bilingual<string>,
  ) {
    super(messages.en)
  }
}

/** A config once found and validated, with the file it came from. */
export interface LoadedConfig {
  readonly file: string
  readonly config: BilingualPostsConfig
}

function say(lang: 'en' | 'fr', key: string, data: Readonly<Record<string, unknown>>): string {
  return cliI18n().t(key, { ...data, lng: lang, ns: 'cli' })
}
const both = (key: string, data: Readonly<Record<string, unknown>>): Bilingual<string> => ({ en: say('en', key, data), fr: say('fr', key, data) })

/** Config files that are JavaScript, and so may hold rules (objects with a `check` function). */
const javascriptConfig = /\.[cm]?js$/

/**
 * The config's plugins checked as `check` checks them, and its `rules` against the rules it has, so that a bad
 * rule or a rule id left behind (a plugin removed, a typo) stops the run at the config, with its key path.
 */
function checkRules(file: string, config: BilingualPostsConfig): void {
  checkPlugins(file, config)
  const known = [...builtInRuleIds, ...(config.plugins ?? []).map((rule) => rule.id)]
  for (const rule of Object.keys(config.rules ?? {})) {
    if (known.includes(rule)) continue
    const suggestion = nearestName(rule, known)
    const data = { file, rule, suggestion }
    throw new ConfigError(file, ['rules', rule], suggestion === undefined ? both('config.unknownRule', data) : both('config.unknownRuleSuggestion', data))
  }
}

function checkPlugins(file: string, config: BilingualPostsConfig): void {
  if (config.plugins === undefined) return
  const found = pluginsProblem(config.plugins)
  if (found === undefined) return
  const path = found.index < 0 ? ['plugins'] : ['plugins', found.index]
  const at = (lang: 'en' | 'fr') => say(lang, 'config.invalidPlugin', { file, path: path.join('.'), reason: found.messages[lang] })
  throw new ConfigError(file, path, { en: at('en'), fr: at('fr') })
}

function validate(result: LilconfigResult): LoadedConfig | undefined {
  if (result === null) return undefined
  // Before the schema, which would only say that a name such as "./rules/links.js" is not an object.
  const raw: unknown = result.config
  if (raw !== null && typeof raw === 'object' && 'plugins' in raw && !javascriptConfig.test(result.filepath)) {
    throw new ConfigError(result.filepath, ['plugins'], both('config.pluginsInJson', { file: result.filepath }))
  }
  const parsed = configSchema.safeParse(result.config)
  if (parsed.success) {
    checkRules(result.filepath, parsed.data)
    return { file: result.filepath, config: parsed.data }
  }
  // The first problem only: a config is small, and one fix at a time reads better than a list.
  const [issue] = inputIssues(parsed.error, { input: result.config, schema: configSchema, subject: 'config' }) as [InputIssue, ...InputIssue[]]
  const data = (lang: 'en' | 'fr') => ({ file: result.filepath, reason: issue.messages[lang] })
  throw new ConfigError(result.filepath, issue.path, { en: say('en', 'config.invalid', data('en')), fr: say('fr', 'config.invalid', data('fr')) })
}

function searcher() {
  // lilconfig caches each folder's result, so many posts in one folder read its config once.
  return lilconfig('bilingual-posts', { searchPlaces: [...configSearchPlaces], stopDir: '/' })
}

/**
 * Finds the config that applies to a post file (searching from its folder
 * upward) or reads the one named, validates it, and resolves to it, or to
 * `undefined` when there is none. Throws a {@link ConfigError} naming the file
 * and key path, in English and French.
 *
 * @example
 * import { loadConfig } from 'bilingual-posts/pipelines'
 * const found = await loadConfig({ from: 'posts/recalls/romaine.md' })
 * if (found) check(post, found.config)
 */
export async function loadConfig(options: { readonly from?: string; readonly file?: string } = {}): Promise<LoadedConfig | undefined> {
  return configLoader()(options)
}

/** A `loadConfig` that keeps what it found between calls (the CLI's, for one run over many files). */
export function configLoader(): (options: { readonly from?: string; readonly file?: string }) => Promise<LoadedConfig | undefined> {
  const explorer = searcher()
  return async ({ from, file }) => {
    try {
      if (file !== undefined) return validate(await explorer.load(resolve(file)))
      return validate(await explorer.search(from === undefined ? process.cwd() : dirname(resolve(from))))
    } catch (error) {
      if (error instanceof ConfigError) throw error
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      const at = file === undefined ? (from ?? '.') : resolve(file)
      throw new ConfigError(at, [], both('config.unreadable', { file: at, reason }))
    }
  }
}
