import type { i18n } from 'i18next'
import type { Root } from 'mdast'
import type { BilingualPost } from '../post/define.js'
import type { Bilingual, Lang } from '../post/language.js'
import type { PostInput } from '../post/schema.js'
import type { PlatformOverrides } from '../platforms/registry.js'
import type { Measurement, PlatformId, PlatformLimits } from '../platforms/types.js'
import type { RenderedText } from '../text/markdown.js'
import type { ProseRange } from '../text/prose.js'
import type { ConductOptions } from '../conduct/options.js'
import type { Field, Severity } from './diagnostic.js'

/** How a user sets a rule: off, or the severity it reports with. */
export type RuleSetting = 'off' | 'info' | 'warn' | 'error'

/** Paired handles and hashtags, English to French, e.g. `{ '@HealthCanada': '@SanteCanada' }`. */
export type PairMap = Readonly<Record<string, string>>

/** Options of {@link check}. */
export interface CheckOptions {
  /** Platforms to check; the post's own platforms when absent. */
  readonly platforms?: readonly PlatformId[]
  /** Per-rule settings, over the `recommended` preset. */
  readonly rules?: Readonly<Record<string, RuleSetting>>
  /** Start from no rule at all instead of `recommended`. */
  readonly preset?: 'recommended' | 'none'
  /** Per-platform limit overrides (a 1,000-character Mastodon instance, a paid X account). */
  readonly limits?: PlatformOverrides
  /** English → French pairs of handles and hashtags that correspond. */
  readonly pairs?: PairMap
  /** French punctuation convention before `; ! ?`: Canadian (no space) or France (narrow no-break space). */
  readonly frenchPunctuation?: 'canada' | 'france'
  /** Most emoji a text may hold before `accessibility/emoji-count` reports. */
  readonly maxEmoji?: number
  /** An i18next instance of the host's, to reword messages (namespace `rules`). */
  readonly i18n?: i18n
  /** Party names, slogans, calls to vote and political hashtags to add to the built-in lists (or to allow). */
  readonly conduct?: ConductOptions
  /**
   * Base URL that relative media paths (`media/poster.jpg`) resolve against,
   * as `toPayloads` resolves them with the same option: give both the same
   * value, so `media/url` judges the URL that will be sent.
   */
  readonly mediaBaseUrl?: string
  /**
   * Rules of your own, of the same shape as the built-in ones, run after
   * them; set with `rules` like any other (see {@link PluginRule}).
   */
  readonly plugins?: readonly PluginRule[]
  /** Language of the message of a {@link CheckOptionsError} thrown for bad options (`en` by default); `messages` holds both. */
  readonly messageLanguage?: Lang
  /**
   * Count the parts of the thread each over-limit text would make (`data.parts`
   * of `length/over-limit`, quoted by its message). Off by default: splitting
   * is the costliest step of a report, and a build gate needs only `ok`.
   * {@link threadPartsFor} counts them for one diagnostic afterwards.
   */
  readonly threadParts?: boolean
}

/** @deprecated `CheckOptions` declares `conduct`: use it. Kept so code written against the older name compiles. */
export type CheckOptionsWithConduct = CheckOptions

/** What a rule reports; the engine adds severity, position and the bilingual message. */
export interface RuleReport {
  /** Message key under the rule's id in `locales/<lang>/rules.json`; `message` when absent. */
  readonly messageId?: string
  readonly data?: Readonly<Record<string, unknown>>
  readonly lang?: Lang
  readonly platform?: PlatformId
  readonly field?: Field
  /** Range (0-based UTF-16 offsets) in the source of `lang`'s `field`. */
  readonly range?: { readonly start: number; readonly end: number }
  /** Replacement for `range`, when the repair is safe. */
  readonly replacement?: string
  /** i18next context of the message: `<messageId>_<context>` in the resources, when that key exists. */
  readonly context?: string
}

// Defined beside proseRanges, in text/, which conduct/ uses as well; part of a rule's context.
export type { ProseRange } from '../text/prose.js'

/**
 * Something rules derive from one language of a post (its emoji, its links,
 * its numbers). A module-level function, so that {@link RuleContext.shared}
 * knows it again when the next rule asks.
 */
export type LanguageFact<T> = (context: RuleContext, lang: Lang) => T

/** What a rule sees. Everything is computed once per check and shared by all rules. */
export interface RuleContext {
  readonly post: BilingualPost
  readonly platforms: readonly PlatformId[]
  readonly options: CheckOptions
  /** Markdown source of a language. */
  source(lang: Lang): string
  /** Parsed Markdown of a language (parsed once per check); undefined when the text has no Markdown syntax, or too much to parse safely. */
  tree(lang: Lang): Root | undefined
  /** Text as `platform` receives it. */
  rendered(lang: Lang, platform: PlatformId): RenderedText
  /** Text with links as `label url`, independent of platform (for parity and wording rules). */
  plain(lang: Lang): RenderedText
  /** Length of the rendered text as `platform` counts it, with the user's limit overrides. */
  measure(lang: Lang, platform: PlatformId): Measurement
  /** Limits in force for `platform` once the user's overrides apply. */
  limits(platform: PlatformId): PlatformLimits
  /** Prose ranges of the source (for typography and wording rules that must not touch URLs, tags or code). */
  prose(lang: Lang): readonly ProseRange[]
  /** `compute(context, lang)`, computed by the first rule that asks in a check and shared with the others. */
  shared<T>(lang: Lang, compute: LanguageFact<T>): T
  report(report: RuleReport): void
}

/** One check rule: a module of its own under `src/checks/rules/`. */
export interface Rule {
  /** Stable id, `family/name`. */
  readonly id: string
  /** Severity in the `recommended` preset; `off` keeps it out of the preset. */
  readonly defaultSetting: RuleSetting
  /** One line on what the rule checks, for the README table. */
  readonly description: string
  /** A post that passes and one that fails, used by the README and the tests. */
  readonly examples: { readonly pass: PostInput; readonly fail: PostInput }
  check(context: RuleContext): void
}

/** i18next resources of one language: message keys to wordings (nested keys, `_one`/`_other` plural forms and contexts allowed). */
export interface RuleMessages {
  readonly [key: string]: string | RuleMessages
}

/**
 * A rule of your own for `check(post, { plugins: [rule] })`: a {@link Rule}
 * with its messages, since the library's locales do not hold them. Its id is
 * `prefix/name` under a prefix of your own (`dept/no-internal-links`, not
 * `parity/...`). Give one message as `message: { en, fr }` (`{{name}}` is
 * filled from the report's `data`), or i18next resources as
 * `messages: { en: {...}, fr: {...} }` whose keys a report names with
 * `messageId`. Either way the diagnostic's `messageKey` is
 * `<id>.<messageId>`, as for built-in rules. A report with `range` and
 * `replacement` carries a fix, which `applyFixes` applies.
 *
 * @example
 * const noDraftTag: PluginRule = {
 *   id: 'dept/no-draft-tag',
 *   defaultSetting: 'error',
 *   description: 'A post still marked [DRAFT].',
 *   message: { en: 'The {{language}} text is still marked {{tag}}.', fr: 'Le texte {{language}} porte encore la mention {{tag}}.' },
 *   check(context) {
 *     for (const lang of ['en', 'fr'] as const) {
 *       const start = context.source(lang).indexOf('[DRAFT]')
 *       if (start !== -1) context.report({ lang, range: { start, end: start + 7 }, replacement: '', data: { tag: '[DRAFT]', language: lang === 'en' ? 'English' : 'français' } })
 *     }
 *   },
 * }
 * check(post, { plugins: [noDraftTag] })
 */
export interface PluginRule extends Omit<Rule, 'description' | 'examples'> {
  readonly description?: string
  readonly examples?: Rule['examples']
  /** The rule's one message, in both languages (its `messageId` is `message`). */
  readonly message?: Bilingual<string>
  /** The rule's messages as i18next resources, by language; `message` is the key of reports without `messageId`. */
  readonly messages?: Bilingual<RuleMessages>
}

/** Severity of a setting that is not `off`. */
export function severityOf(setting: Exclude<RuleSetting, 'off'>): Severity {
  return setting === 'warn' ? 'warning' : setting
}
