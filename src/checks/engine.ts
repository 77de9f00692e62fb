import type { Root } from 'mdast'
import type { BilingualPost } from '../post/define.js'
import type { i18n } from 'i18next'
import type { Bilingual, Lang } from '../post/language.js'
import { checkMediaBaseUrl } from '../post/media-rules.js'
import { getPlatform, type PlatformOverrides, platformSettings, type PlatformSettings } from '../platforms/registry.js'
import { labelThenUrl } from '../platforms/measurement.js'
import type { Measurement, PlatformId, PlatformLimits } from '../platforms/types.js'
import { type LinkFormatter, parseMarkdown, type RenderedText, renderMarkdown, renderWithoutParser } from '../text/markdown.js'
import { frozenCopy } from '../text/frozen.js'
import { type Diagnostic, lineStartsOf, positionOf, type Severity } from './diagnostic.js'
import { getI18n } from '../i18n/instance.js'
import { type MessageMaker, messageMaker } from '../i18n/messages.js'
import { duringOneCall } from '../text/call-memo.js'
import { sortDiagnostics } from './order.js'
import { proseRanges } from '../text/prose.js'
import { pluginI18n, pluginsProblem } from './plugins.js'
import type { CheckOptions, LanguageFact, PluginRule, ProseRange, Rule, RuleContext, RuleReport, RuleSetting } from './rule.js'
import { severityOf } from './rule.js'
import { allRules } from './rules/index.js'

/** The outcome of {@link check}. */
export interface CheckReport {
  /** False when any diagnostic is an error. */
  readonly ok: boolean
  readonly diagnostics: readonly Diagnostic[]
  readonly errorCount: number
  readonly warningCount: number
  readonly infoCount: number
}

/**
 * Thrown when a check option names a rule the library does not have, a
 * setting it does not know, or a plugin that is not a well-formed rule.
 * For plugins, `message` is in `messageLanguage` and `messages` holds both languages.
 */
export class CheckOptionsError extends Error {
  override readonly name = 'CheckOptionsError'
  constructor(
    message: string,
    /** The message in both official languages, when the library words it in both. */
    readonly messages?: Bilingual<string>,
  ) {
    super(message)
  }
}

const settings: readonly RuleSetting[] = ['off', 'info', 'warn', 'error']

/** The `recommended` preset: every rule at its default setting. */
export const recommended: Readonly<Record<string, RuleSetting>> = Object.freeze(Object.fromEntries(allRules.map((rule) => [rule.id, rule.defaultSetting])))

const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((rule) => [rule.id, rule]))
const builtInIds: readonly string[] = allRules.map((rule) => rule.id)

/** A rule that runs, with the severity it reports with, and for a plugin the i18next instance of its messages. */
type ChosenRule = readonly [rule: Rule | PluginRule, severity: Severity, messages?: i18n]

/** The `recommended` preset resolved once: most checks pass no `rules` and take it as it is. */
const recommendedRules: readonly ChosenRule[] = allRules.flatMap((rule) => (rule.defaultSetting === 'off' ? [] : [[rule, severityOf(rule.defaultSetting)] as const]))

/** The plugins of a check, once checked to be well-formed rules with ids of their own. */
function pluginsOf(options: CheckOptions): readonly PluginRule[] {
  if (options.plugins === undefined) return []
  const found = pluginsProblem(options.plugins, builtInIds)
  if (found !== undefined) throw new CheckOptionsError(found.messages[options.messageLanguage === 'fr' ? 'fr' : 'en'], found.messages)
  return options.plugins
}

function resolveSettings(options: CheckOptions): readonly ChosenRule[] {
  const plugins = pluginsOf(options)
  if (options.rules === undefined && options.preset !== 'none' && plugins.length === 0) return recommendedRules
  const known = (id: string) => rulesById.has(id) || plugins.some((plugin) => plugin.id === id)
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (!known(id)) throw new CheckOptionsError(`Unknown rule "${id}". Known rules: ${[...rulesById.keys(), ...plugins.map((plugin) => plugin.id)].join(', ')}.`)
    if (!settings.includes(setting)) throw new CheckOptionsError(`Rule "${id}": setting must be one of ${settings.join(', ')}, got ${JSON.stringify(setting)}.`)
  }
  const chosen: ChosenRule[] = []
  const settingOf = (rule: Rule | PluginRule) => options.rules?.[rule.id] ?? (options.preset === 'none' ? 'off' : rule.defaultSetting)
  for (const rule of allRules) {
    const setting = settingOf(rule)
    if (setting !== 'off') chosen.push([rule, severityOf(setting)])
  }
  // Plugins after the built-in rules, in the order given; report order is by place anyway (sortDiagnostics).
  for (const plugin of plugins) {
    const setting = settingOf(plugin)
    if (setting !== 'off') chosen.push([plugin, severityOf(setting), pluginI18n(plugin)])
  }
  return chosen
}

/** What a check computes once for one language of the post. */
class LanguageState {
  parsed = false
  tree: Root | undefined
  /** The rendering of a text that is not parsed (the same for every platform: it has no links). */
  withoutParser: RenderedText | undefined
  /** Renderings by link format, made when first asked for (most texts have one, the plain one). */
  renderings: Map<LinkFormatter, RenderedText> | undefined
  prose: readonly ProseRange[] | undefined
  /** Measurements by platform (keyed by the platform, not a string made for every lookup). */
  measurements: Map<PlatformId, Measurement> | undefined
  /** Facts shared by the rules (see {@link RuleContext.shared}), made when first asked for. */
  facts: Map<LanguageFact<unknown>, unknown> | undefined
}

/**
 * Everything a check computes once and every rule shares: trees, renderings,
 * measurements, prose ranges and the facts rules derive from them. It is the
 * context each rule sees, in turn: one object per check, whatever the number
 * of rules.
 */
class CheckContext implements RuleContext {
  private readonly states = { en: new LanguageState(), fr: new LanguageState() }
  readonly diagnostics: Diagnostic[] = []
  /** Line starts of each source a diagnostic points into, by language and field: made for this check, gone with it. */
  private readonly lineStarts = new Map<string, LineStarts>()
  /** The rule running, the severity it reports with, and for a plugin the instance of its messages. */
  private rule: Rule | PluginRule | undefined
  private severity: Severity = 'error'
  private messages: i18n | undefined
  /** Words each diagnostic's message as it is made; gone with the check. */
  private readonly message: MessageMaker
  /** Makers for plugins' own instances, made when first needed in this check. */
  private readonly pluginMakers = new Map<i18n, MessageMaker>()

  constructor(
    readonly post: BilingualPost,
    readonly platforms: readonly PlatformId[],
    readonly options: CheckOptions,
  ) {
    this.message = messageMaker(options.i18n)
  }

  run(rule: Rule | PluginRule, severity: Severity, messages: i18n | undefined): void {
    this.rule = rule
    this.severity = severity
    this.messages = messages
    rule.check(this)
  }

  report(report: RuleReport): void {
    this.diagnostics.push(toDiagnostic(this.rule as Rule | PluginRule, this.severity, report, this.post, this.lineStarts, (key) => this.makerFor(key)))
  }

  /**
   * The maker that words the message `messageKey`: the host's (`i18n` option, or the library's shared
   * instance), unless the message is a plugin's that the host has not reworded; then the plugin's own (see `pluginI18n`).
   */
  private makerFor(messageKey: string): MessageMaker {
    const plugin = this.messages
    if (plugin === undefined || (this.options.i18n ?? getI18n()).exists(messageKey, { ns: 'rules' })) return this.message
    let maker = this.pluginMakers.get(plugin)
    if (maker === undefined) this.pluginMakers.set(plugin, (maker = messageMaker(plugin)))
    return maker
  }

  shared<T>(lang: Lang, compute: LanguageFact<T>): T {
    const state = this.states[lang]
    state.facts ??= new Map()
    if (state.facts.has(compute)) return state.facts.get(compute) as T
    const fact = compute(this, lang)
    state.facts.set(compute, fact)
    return fact
  }

  source(lang: Lang): string {
    return this.post[lang]
  }

  tree(lang: Lang): Root | undefined {
    const state = this.states[lang]
    if (!state.parsed) {
      const source = this.post[lang]
      state.withoutParser = renderWithoutParser(source)
      state.tree = state.withoutParser === undefined ? parseMarkdown(source) : undefined
      state.parsed = true
    }
    return state.tree
  }

  rendered(lang: Lang, platform: PlatformId): RenderedText {
    const plain = this.plain(lang)
    // Platforms differ only in how they write links: without links, one rendering serves them all.
    if (plain.links.length === 0) return plain
    return this.renderedWith(lang, getPlatform(platform).formatLink)
  }

  plain(lang: Lang): RenderedText {
    return this.renderedWith(lang, labelThenUrl)
  }

  /** One rendering per language and link format, shared by the platforms that write links alike. */
  private renderedWith(lang: Lang, formatLink: LinkFormatter): RenderedText {
    const state = this.states[lang]
    state.renderings ??= new Map()
    let rendered = state.renderings.get(formatLink)
    if (rendered === undefined) {
      // tree() either parses the text or finds that it needs no parser (withoutParser is then its rendering).
      const tree = this.tree(lang)
      rendered = state.withoutParser ?? renderMarkdown(this.post[lang], formatLink, tree)
      state.renderings.set(formatLink, rendered)
    }
    return rendered
  }

  /** Each platform's settings with the check's `limits`, resolved once per check. */
  private readonly settings = new Map<PlatformId, PlatformSettings>()

  private settingsOf(platform: PlatformId): PlatformSettings {
    let settings = this.settings.get(platform)
    if (settings === undefined) {
      settings = this.options.limits?.[platform] === undefined ? unchangedSettings(platform) : frozenSettings(platform, this.options.limits)
      this.settings.set(platform, settings)
    }
    return settings
  }

  measure(lang: Lang, platform: PlatformId): Measurement {
    const state = this.states[lang]
    state.measurements ??= new Map()
    let measurement = state.measurements.get(platform)
    if (measurement === undefined) {
      const { platform: target, measureOptions } = this.settingsOf(platform)
      measurement = target.measure(this.rendered(lang, platform).text, measureOptions)
      state.measurements.set(platform, measurement)
    }
    return measurement
  }

  limits(platform: PlatformId) {
    return this.settingsOf(platform).limits
  }

  prose(lang: Lang): readonly ProseRange[] {
    const state = this.states[lang]
    state.prose ??= proseRanges(this.post[lang], this.tree(lang))
    return state.prose
  }
}

/** A platform's settings with `limits`, shared by every rule of a check: frozen, so one rule cannot change another's limits. */
function frozenSettings(platform: PlatformId, limits: PlatformOverrides | undefined): PlatformSettings {
  const resolved = platformSettings(platform, limits)
  return Object.freeze({ platform: resolved.platform, limits: Object.freeze(resolved.limits), measureOptions: Object.freeze(resolved.measureOptions) })
}

/**
 * Each platform's own settings (no override), by its frozen limits object: constants of the library, frozen
 * once rather than in every check. Keyed by the limits, not the platform, so settings never outlive the limits
 * they were made from.
 */
const ownSettings = new WeakMap<PlatformLimits, PlatformSettings>()

function unchangedSettings(id: PlatformId): PlatformSettings {
  const platform = getPlatform(id)
  const limits = platform.limits
  // Limits that are not frozen could change after the settings were made: those are made for each check.
  if (!Object.isFrozen(limits)) return frozenSettings(id, undefined)
  let settings = ownSettings.get(limits)
  if (settings === undefined || settings.platform !== platform) ownSettings.set(limits, (settings = frozenSettings(id, undefined)))
  return settings
}

/** A diagnostic whose properties are still being set, in the order a report lists them. */
type DiagnosticBeingBuilt = { -readonly [K in keyof Diagnostic]: Diagnostic[K] }

function toDiagnostic(
  rule: Rule | PluginRule,
  severity: Severity,
  report: RuleReport,
  post: BilingualPost,
  lineStarts: Map<string, LineStarts>,
  wording: (messageKey: string) => MessageMaker,
): Diagnostic {
  const messageKey = messageKeyOf(rule, report.messageId ?? 'message')
  // A copy: a rule's data may hold objects of the host's (a plugin's), which freezing in place would change.
  const data = frozenCopy(report.data ?? {})
  const field = report.field ?? 'text'
  const lang = report.lang
  const source = lang === undefined ? undefined : sourceOf(post, lang, field)
  const range = report.range
  // Properties set one by one rather than spread from temporary objects: the same keys in the same order, less garbage.
  const diagnostic = { ruleId: rule.id, severity } as DiagnosticBeingBuilt
  if (lang !== undefined) diagnostic.lang = lang
  if (report.platform !== undefined) diagnostic.platform = report.platform
  diagnostic.field = field
  if (range !== undefined && source !== undefined) diagnostic.position = positionOf(source, range.start, range.end, lineStartsFor(lineStarts, `${lang} ${field}`, source))
  diagnostic.data = data
  // The message's values: `{ lang, ...data, platformName, context }`, built by assignment (a spread after a property costs four times as much).
  const values: Record<string, unknown> = Object.assign({ lang }, data)
  values.platformName = data.platformName ?? platformName(report.platform)
  values.context = report.context
  diagnostic.message = wording(messageKey)(messageKey, values)
  if (range !== undefined && report.replacement !== undefined && lang !== undefined) {
    diagnostic.fix = Object.freeze({ lang, field, range: Object.freeze({ start: range.start, end: range.end }), replacement: report.replacement })
  }
  diagnostic.messageKey = messageKey
  // Every part is frozen as it is made (data by frozenCopy, the message by its maker, the position by positionOf).
  return Object.freeze(diagnostic)
}

/** Message keys by rule and message id, made once: the same string each time, which lookups hash once. */
const messageKeys = new WeakMap<Rule | PluginRule, { readonly id: string; readonly keys: Map<string, string> }>()

function messageKeyOf(rule: Rule | PluginRule, messageId: string): string {
  let entry = messageKeys.get(rule)
  // A plugin's id may have been changed since: its keys are made again.
  if (entry === undefined || entry.id !== rule.id) messageKeys.set(rule, (entry = { id: rule.id, keys: new Map<string, string>() }))
  let key = entry.keys.get(messageId)
  if (key === undefined) entry.keys.set(messageId, (key = `${rule.id}.${messageId}`))
  return key
}

function platformName(platform: PlatformId | undefined): string | undefined {
  return platform === undefined ? undefined : getPlatform(platform).displayName
}

/** A source and its line starts. */
type LineStarts = { readonly source: string; readonly starts: readonly number[] }

/**
 * Line starts of a field of the post being checked, from the check's own map (keyed by language
 * and field: looking them up by the text instead would compare a long text with every other
 * text of its length, once per diagnostic).
 */
function lineStartsFor(byField: Map<string, LineStarts>, key: string, source: string): readonly number[] {
  let entry = byField.get(key)
  // The post's own string again (the usual case) is told by identity at once.
  if (entry === undefined || entry.source !== source) byField.set(key, (entry = { source, starts: lineStartsOf(source) }))
  return entry.starts
}

/** The source text of one field of a post in one language. */
export function sourceOf(post: BilingualPost, lang: Lang, field: Diagnostic['field']): string | undefined {
  if (field === 'text') return post[lang]
  if (field === 'title') return post.title?.[lang]
  const media = /^media\.(\d+)\.alt$/.exec(field)
  if (media) return post.media[Number(media[1])]?.alt[lang]
  return undefined
}

/**
 * Checks a bilingual post: length on every platform in both languages, EN/FR
 * parity, French typography, accessibility and conduct. Each text is parsed
 * once, whatever the number of rules and platforms.
 *
 * @example
 * const report = check(post, { platforms: ['x', 'bluesky'], rules: { 'typography/fr-quotes': 'warn' } })
 * if (!report.ok) for (const d of report.diagnostics) console.log(formatDiagnostic(d, 'fr'))
 */
export function check(post: BilingualPost, options: CheckOptions = {}): CheckReport {
  // The texts' scans are remembered for this check only (see text/call-memo.ts).
  return duringOneCall(() => checkNow(post, options))
}

function checkNow(post: BilingualPost, options: CheckOptions): CheckReport {
  const chosen = resolveSettings(options)
  checkMediaBaseUrl(options.mediaBaseUrl, (message) => new CheckOptionsError(message))
  const platforms = options.platforms ?? post.platforms
  const context = new CheckContext(post, platforms, options)
  for (const [rule, severity, messages] of chosen) context.run(rule, severity, messages)
  const diagnostics = context.diagnostics
  sortDiagnostics(diagnostics)
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++
    else if (d.severity === 'warning') warningCount++
    else infoCount++
  }
  return Object.freeze({ ok: errorCount === 0, diagnostics: Object.freeze(diagnostics), errorCount, warningCount, infoCount })
}
