import type { Root } from 'mdast'
import type { BilingualPost } from '../post/define.js'
import type { Lang } from '../post/language.js'
import { platformSettings } from '../platforms/registry.js'
import { labelThenUrl } from '../platforms/measurement.js'
import type { Measurement, PlatformId } from '../platforms/types.js'
import { parseMarkdown, type RenderedText, renderMarkdown, renderWithoutParser } from '../text/markdown.js'
import { type Diagnostic, positionOf } from './diagnostic.js'
import { lazyMessage } from './lazy.js'
import { proseRanges } from './prose.js'
import type { CheckOptions, ProseRange, Rule, RuleContext, RuleReport, RuleSetting } from './rule.js'
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

/** Thrown when a check option names a rule the library does not have, or a setting it does not know. */
export class CheckOptionsError extends Error {
  override readonly name = 'CheckOptionsError'
}

const settings: readonly RuleSetting[] = ['off', 'info', 'warn', 'error']

/** The `recommended` preset: every rule at its default setting. */
export const recommended: Readonly<Record<string, RuleSetting>> = Object.freeze(
  Object.fromEntries(allRules.map((rule) => [rule.id, rule.defaultSetting])),
)

function resolveSettings(options: CheckOptions): Map<Rule, Exclude<RuleSetting, 'off'>> {
  const chosen = new Map<Rule, Exclude<RuleSetting, 'off'>>()
  const byId = new Map(allRules.map((rule) => [rule.id, rule]))
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (!byId.has(id)) throw new CheckOptionsError(`Unknown rule "${id}". Known rules: ${[...byId.keys()].join(', ')}.`)
    if (!settings.includes(setting)) throw new CheckOptionsError(`Rule "${id}": setting must be one of ${settings.join(', ')}, got ${JSON.stringify(setting)}.`)
  }
  for (const rule of allRules) {
    const setting = options.rules?.[rule.id] ?? (options.preset === 'none' ? 'off' : rule.defaultSetting)
    if (setting !== 'off') chosen.set(rule, setting)
  }
  return chosen
}

/** Everything a check computes once and every rule shares: trees, renderings, measurements. */
class CheckContext {
  private readonly trees = new Map<Lang, Root | undefined>()
  /** The rendering of a text that is not parsed (the same for every platform: it has no links). */
  private readonly withoutParser = new Map<Lang, RenderedText | undefined>()
  private readonly renderings = new Map<Lang, Map<(label: string, url: string) => string, RenderedText>>()
  private readonly measurements = new Map<string, Measurement>()
  private readonly proses = new Map<Lang, readonly ProseRange[]>()

  constructor(
    readonly post: BilingualPost,
    readonly platforms: readonly PlatformId[],
    readonly options: CheckOptions,
  ) {}

  source(lang: Lang): string {
    return this.post[lang]
  }

  tree(lang: Lang): Root | undefined {
    if (!this.trees.has(lang)) {
      const source = this.post[lang]
      const withoutParser = renderWithoutParser(source)
      this.withoutParser.set(lang, withoutParser)
      this.trees.set(lang, withoutParser === undefined ? parseMarkdown(source) : undefined)
    }
    return this.trees.get(lang)
  }

  rendered(lang: Lang, platform: PlatformId): RenderedText {
    const plain = this.plain(lang)
    // Platforms differ only in how they write links: without links, one rendering serves them all.
    if (plain.links.length === 0) return plain
    return this.renderedWith(lang, platformSettings(platform).platform.formatLink)
  }

  plain(lang: Lang): RenderedText {
    return this.renderedWith(lang, labelThenUrl)
  }

  /** One rendering per language and link format, shared by the platforms that write links alike. */
  private renderedWith(lang: Lang, formatLink: (label: string, url: string) => string): RenderedText {
    let byFormat = this.renderings.get(lang)
    if (byFormat === undefined) {
      byFormat = new Map()
      this.renderings.set(lang, byFormat)
    }
    let rendered = byFormat.get(formatLink)
    if (rendered === undefined) {
      const tree = this.tree(lang)
      rendered = tree === undefined ? (this.withoutParser.get(lang) as RenderedText) : renderMarkdown(this.post[lang], formatLink, tree)
      byFormat.set(formatLink, rendered)
    }
    return rendered
  }

  measure(lang: Lang, platform: PlatformId): Measurement {
    const key = `${lang}:${platform}`
    let measurement = this.measurements.get(key)
    if (measurement === undefined) {
      const { platform: target, measureOptions } = platformSettings(platform, this.options.limits)
      measurement = target.measure(this.rendered(lang, platform).text, measureOptions)
      this.measurements.set(key, measurement)
    }
    return measurement
  }

  limits(platform: PlatformId) {
    return platformSettings(platform, this.options.limits).limits
  }

  prose(lang: Lang): readonly ProseRange[] {
    let ranges = this.proses.get(lang)
    if (ranges === undefined) {
      ranges = proseRanges(this.post[lang], this.tree(lang))
      this.proses.set(lang, ranges)
    }
    return ranges
  }
}

function toDiagnostic(rule: Rule, severity: Diagnostic['severity'], report: RuleReport, post: BilingualPost, options: CheckOptions): Diagnostic {
  const messageKey = `${rule.id}.${report.messageId ?? 'message'}`
  const data = report.data ?? {}
  const field = report.field ?? 'text'
  const source = report.lang === undefined ? undefined : sourceOf(post, report.lang, field)
  const range = report.range
  return {
    ruleId: rule.id,
    severity,
    ...(report.lang === undefined ? {} : { lang: report.lang }),
    ...(report.platform === undefined ? {} : { platform: report.platform }),
    field,
    ...(range === undefined || source === undefined ? {} : { position: positionOf(source, range.start, range.end) }),
    data,
    // Translated when read (see lazyMessage); `data` may itself hold lazy facts such as a thread's part count.
    message: lazyMessage(
      messageKey,
      () => ({ lang: report.lang, ...data, platformName: data.platformName ?? platformName(report.platform), context: report.context?.() }),
      options.i18n,
    ),
    ...(range === undefined || report.replacement === undefined || report.lang === undefined
      ? {}
      : { fix: { lang: report.lang, field, range: { start: range.start, end: range.end }, replacement: report.replacement } }),
    messageKey,
  }
}

function platformName(platform: PlatformId | undefined): string | undefined {
  return platform === undefined ? undefined : platformSettings(platform).platform.displayName
}

/** The source text of one field of a post in one language. */
export function sourceOf(post: BilingualPost, lang: Lang, field: Diagnostic['field']): string | undefined {
  if (field === 'text') return post[lang]
  if (field === 'title') return post.title?.[lang]
  const media = /^media\.(\d+)\.alt$/.exec(field)
  if (media) return post.media[Number(media[1])]?.alt[lang]
  return undefined
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const

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
  const chosen = resolveSettings(options)
  const platforms = options.platforms ?? post.platforms
  const context = new CheckContext(post, platforms, options)
  const diagnostics: Diagnostic[] = []
  for (const [rule, setting] of chosen) {
    const severity = severityOf(setting)
    const ruleContext: RuleContext = {
      post,
      platforms,
      options,
      source: (lang) => context.source(lang),
      tree: (lang) => context.tree(lang),
      rendered: (lang, platform) => context.rendered(lang, platform),
      plain: (lang) => context.plain(lang),
      measure: (lang, platform) => context.measure(lang, platform),
      limits: (platform) => context.limits(platform),
      prose: (lang) => context.prose(lang),
      report: (report) => diagnostics.push(toDiagnostic(rule, severity, report, post, options)),
    }
    rule.check(ruleContext)
  }
  diagnostics.sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      (a.lang ?? '').localeCompare(b.lang ?? '') ||
      (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1),
  )
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length
  const errorCount = count('error')
  return { ok: errorCount === 0, diagnostics, errorCount, warningCount: count('warning'), infoCount: count('info') }
}
