import { dirname, resolve } from 'node:path'
import { lilconfig, type LilconfigResult } from 'lilconfig'
import type { Bilingual } from '../post/language.js'
import { cliI18n } from '../i18n/cli-messages.js'
import { type BilingualPostsConfig, configSchema } from './schema.js'

/** The file names searched, in each folder from the post's up to the root, first found wins (as ESLint, Prettier and remark do). */
export const configSearchPlaces = [
  'package.json',
  '.bilingualpostsrc',
  '.bilingualpostsrc.json',
  'bilingual-posts.config.json',
  'bilingual-posts.config.js',
  'bilingual-posts.config.mjs',
] as const

/** A config file that cannot be read or does not hold what a config may; `message` in English, `messages` in both languages. */
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

function validate(result: LilconfigResult): LoadedConfig | undefined {
  if (result === null) return undefined
  const parsed = configSchema.safeParse(result.config)
  if (parsed.success) return { file: result.filepath, config: parsed.data }
  const issue = parsed.error.issues[0] as (typeof parsed.error.issues)[number]
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
  const path = [...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)), ...keys.slice(0, 1)]
  const where = path.length === 0 ? '(root)' : path.join('.')
  throw new ConfigError(
    result.filepath,
    path,
    keys.length > 0
      ? (() => {
          const suggestion = nearestKey(String(keys[0]), knownKeysAt(issue.path))
          const data = { file: result.filepath, path: where, suggestion }
          return suggestion === undefined ? both('config.unknownKey', data) : both('config.unknownKeySuggestion', data)
        })()
      : both('config.invalidValue', { file: result.filepath, path: where, reason: issue.message }),
  )
}

/** The known key nearest to a misspelled one (`platform` → `platforms`), when it is a typo away. */
function nearestKey(key: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j)
    for (let i = 1; i <= a.length; i++) {
      const next = [i]
      for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
      row = next
    }
    return row[b.length] as number
  }
  const best = known.map((name) => ({ name, d: distance(key.toLowerCase(), name.toLowerCase()) })).sort((x, y) => x.d - y.d)[0]
  return best !== undefined && best.d <= Math.max(1, Math.floor(key.length / 4)) ? best.name : undefined
}

/** Keys allowed where an unknown one was found. */
function knownKeysAt(path: readonly PropertyKey[]): readonly string[] {
  let shape: unknown = configSchema
  for (const key of path) {
    const def = (shape as { _zod?: { def?: { shape?: Record<string, unknown>; innerType?: unknown } } })?._zod?.def
    const inner = def?.shape ?? (def?.innerType as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape
    shape = inner?.[String(key)]
  }
  const def = (shape as { _zod?: { def?: { shape?: Record<string, unknown>; innerType?: { _zod?: { def?: { shape?: Record<string, unknown> } } } } } })?._zod?.def
  return Object.keys(def?.shape ?? def?.innerType?._zod?.def?.shape ?? {})
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
