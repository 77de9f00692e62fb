import { createInstance, type i18n } from 'i18next'
import enRules from '../../locales/en/rules.json'
import { translateBoth } from '../i18n/messages.js'
import type { Bilingual } from '../post/language.js'
import type { PluginRule, RuleMessages, RuleSetting } from './rule.js'

/** What is wrong with one plugin: its place in the list (0-based) and the message in both languages. */
export interface PluginProblem {
  readonly index: number
  readonly messages: Bilingual<string>
}

const settings: readonly RuleSetting[] = ['off', 'info', 'warn', 'error']

/**
 * Ids of the built-in rules as their messages know them: each rule's messages are under its id in
 * `locales/en/rules.json`, which the config loader carries anyway (for its own words). Reading them from
 * `allRules` would carry every rule's code into `bilingual-posts/config` (41 KB → 112 KB min+gzip) just
 * to learn their names. Taken when this module loads, before a host adds keys to the shared instance;
 * test/plugins.test.ts checks they are the rules' own ids.
 */
export const builtInRuleIds: readonly string[] = Object.freeze(Object.keys(enRules).filter((key) => key.includes('/')))

/**
 * `prefix/name`, lower case, optionally `@scope/`-like and with more segments.
 * No `.` or `:`: they separate keys and namespaces in i18next, and the id is
 * the first part of each message key.
 */
const pluginId = /^@?[a-z][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)+$/

/** A value as a message shows it, the same in both languages: strings quoted, objects and functions by kind. */
function shown(value: unknown): string {
  if (typeof value === 'function') return 'function'
  if (Array.isArray(value)) return '[…]'
  if (value !== null && typeof value === 'object') return '{…}'
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)
  return String(value)
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** Whether `value` holds only strings and nested objects of strings, as i18next resources do. */
function isMessages(value: unknown): value is RuleMessages {
  return isRecord(value) && Object.keys(value).length > 0 && Object.values(value).every((entry) => typeof entry === 'string' || isMessages(entry))
}

/** The `plugin.<key>` message with `data`, in both languages. */
const problem = (index: number, key: string, data: Readonly<Record<string, unknown>>): PluginProblem => ({
  index,
  messages: translateBoth(`plugin.${key}`, { number: index + 1, ...data }),
})

/** The problem of one plugin in its list, or undefined when it is a well-formed rule. */
function problemOf(plugin: unknown, index: number, builtIn: ReadonlySet<string>, families: ReadonlySet<string>, seen: ReadonlySet<string>): PluginProblem | undefined {
  if (!isRecord(plugin)) return problem(index, 'notRule', { got: shown(plugin) })
  const { id } = plugin
  if (typeof id !== 'string' || !pluginId.test(id)) return problem(index, 'id', { got: shown(id) })
  const [prefix = '', ...rest] = id.split('/')
  const name = rest.join('/')
  if (builtIn.has(id)) return problem(index, 'builtInId', { id, name })
  if (families.has(prefix)) return problem(index, 'builtInPrefix', { id, prefix, name })
  if (seen.has(id)) return problem(index, 'duplicate', { id })
  if (!settings.includes(plugin.defaultSetting as RuleSetting)) return problem(index, 'setting', { id, got: shown(plugin.defaultSetting) })
  if (typeof plugin.check !== 'function') return problem(index, 'check', { id, got: shown(plugin.check) })
  if (plugin.description !== undefined && typeof plugin.description !== 'string') return problem(index, 'description', { id, got: shown(plugin.description) })
  if (plugin.examples !== undefined && !(isRecord(plugin.examples) && isRecord(plugin.examples.pass) && isRecord(plugin.examples.fail))) {
    return problem(index, 'examples', { id, got: shown(plugin.examples) })
  }
  const { message, messages } = plugin
  if (message === undefined && messages === undefined) return problem(index, 'noMessage', { id })
  if (message !== undefined && !(isRecord(message) && typeof message.en === 'string' && message.en !== '' && typeof message.fr === 'string' && message.fr !== '')) {
    return problem(index, 'message', { id, got: shown(message) })
  }
  if (messages !== undefined && !(isRecord(messages) && isMessages(messages.en) && isMessages(messages.fr))) return problem(index, 'messages', { id, got: shown(messages) })
  return undefined
}

/**
 * The first problem of a list of plugins (not a list, not a rule, an id that
 * is not `prefix/name` or clashes with a built-in rule or another plugin, a
 * bad setting, no messages), or undefined when every one is a well-formed rule.
 * `check` throws it as a `CheckOptionsError`; the config loader as a `ConfigError`.
 */
export function pluginsProblem(plugins: unknown, builtInIds: readonly string[] = builtInRuleIds): PluginProblem | undefined {
  if (!Array.isArray(plugins)) return { index: -1, messages: translateBoth('plugin.notList', { got: shown(plugins) }) }
  const byId = new Set(builtInIds)
  const families = new Set(builtInIds.map((id) => id.split('/')[0] as string))
  const seen = new Set<string>()
  for (const [index, plugin] of plugins.entries()) {
    const found = problemOf(plugin, index, byId, families, seen)
    if (found !== undefined) return found
    seen.add((plugin as PluginRule).id)
  }
  return undefined
}

/** A plain copy of a plugin's messages, so that changing them later does not reach an instance made from them. */
const copied = (messages: RuleMessages): RuleMessages => JSON.parse(JSON.stringify(messages)) as RuleMessages

/**
 * Each plugin's own i18next instance, holding its messages only (under the
 * `rules` namespace, keyed by its id, as built-in messages are). Made once per
 * rule object, and forgotten with it: neither the library's shared instance
 * nor its exported `resources` ever receive a plugin's messages, so two
 * checks with different plugins cannot see each other's wording.
 */
const instances = new WeakMap<PluginRule, i18n>()

/** The i18next instance that words `plugin`'s messages (see {@link instances}). */
export function pluginI18n(plugin: PluginRule): i18n {
  let instance = instances.get(plugin)
  if (instance === undefined) {
    const of = (lang: 'en' | 'fr'): RuleMessages => ({ ...(plugin.message ? { message: plugin.message[lang] } : {}), ...(plugin.messages ? copied(plugin.messages[lang]) : {}) })
    instance = createInstance()
    void instance.init({
      resources: { en: { rules: { [plugin.id]: of('en') } }, fr: { rules: { [plugin.id]: of('fr') } } },
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: ['en', 'fr'],
      ns: ['rules'],
      defaultNS: 'rules',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    instances.set(plugin, instance)
  }
  return instance
}
