import type { MatcherState } from 'vitest'
import type { BilingualPostsConfig } from '../config/schema.js'
import { formatDiagnostic } from '../checks/format.js'
import { check } from '../checks/engine.js'
import type { Diagnostic } from '../checks/diagnostic.js'
import type { CheckOptions } from '../checks/rule.js'
import { payloadBodySchemas, payloadSetSchemas, threadItemSchema } from '../export/index.js'
import { safeDefinePost, type BilingualPost } from '../post/define.js'
import type { Lang } from '../post/language.js'
import type { PlatformOverrides } from '../platforms/registry.js'
import type { PlatformId } from '../platforms/types.js'

/**
 * The config the matchers start from, set by {@link useConfig} (in a setup file, usually).
 * Module state on purpose: vitest runs each test file with its own copy of the modules, setup files
 * included, so a config set in a setup file is that test file's, and never another's.
 */
let configInUse: BilingualPostsConfig | undefined

/**
 * Makes the matchers start from `config` (`undefined`: from nothing again), as the CLI starts from a
 * config file: `toPassChecks` takes its check options, rules of your own (`plugins`) included, and
 * `toFitPlatform` its `limits`. Options given to a matcher win over it, `rules` and `pairs` key by key.
 *
 * Finding and reading the file is `loadConfig`'s, from `bilingual-posts/config`: this entry imports
 * no Node built-in (it runs in vitest's browser mode too), and that one is Node only.
 *
 * @example
 * // vitest.setup.ts, listed in vitest.config.ts as test.setupFiles
 * import { loadConfig } from 'bilingual-posts/config'
 * import { useConfig } from 'bilingual-posts/vitest'
 * // The config the CLI would use for a post in the project's folder, validated (a ConfigError otherwise).
 * useConfig((await loadConfig())?.config)
 */
export function useConfig(config: BilingualPostsConfig | undefined): void {
  configInUse = config
}

/** `check` options from the config in use and a matcher's own, as the CLI makes them: the config's platforms narrow the post's. */
function checkOptionsFor(post: BilingualPost, options: CheckOptions): CheckOptions {
  if (configInUse === undefined) return options
  const { export: _export, platforms, ...fromConfig } = configInUse
  return {
    ...fromConfig,
    ...(platforms === undefined ? {} : { platforms: post.platforms.filter((platform) => platforms.includes(platform)) }),
    ...options,
    ...(fromConfig.rules === undefined || options.rules === undefined ? {} : { rules: { ...fromConfig.rules, ...options.rules } }),
    ...(fromConfig.pairs === undefined || options.pairs === undefined ? {} : { pairs: { ...fromConfig.pairs, ...options.pairs } }),
  }
}

/** Options of `toPassChecks`: those of `check`, and how many warnings are tolerated (any, by default). */
export interface PassChecksOptions extends CheckOptions {
  readonly maxWarnings?: number
}

/** Options of `toFitPlatform`: one language (both by default) and limit overrides. */
export interface FitPlatformOptions {
  readonly lang?: Lang
  readonly limits?: PlatformOverrides
}

/** What a matcher returns to vitest. */
interface SyncExpectationResult {
  readonly pass: boolean
  readonly message: () => string
}

type Outcome = { post: BilingualPost } | { failure: SyncExpectationResult }

/** Accepts a post from `definePost` or a plain post input; anything else fails with the input's problems. */
function asPost(received: unknown): Outcome {
  const result = safeDefinePost(received)
  if (result.success) return { post: result.post }
  return { failure: { pass: false, message: () => `Expected a valid post, but ${result.error.message}` } }
}

function list(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `  - ${formatDiagnostic(d, 'en')}`).join('\n')
}

function toPassChecks(this: MatcherState, received: unknown, options: PassChecksOptions = {}): SyncExpectationResult {
  const outcome = asPost(received)
  if ('failure' in outcome) return outcome.failure
  const { maxWarnings, ...checkOptions } = options
  // A failure lists the messages: over-limit ones say of how many parts a thread would be.
  const report = check(outcome.post, { threadParts: true, ...checkOptionsFor(outcome.post, checkOptions) })
  const tooManyWarnings = maxWarnings !== undefined && report.warningCount > maxWarnings
  const pass = report.ok && !tooManyWarnings
  const name = outcome.post.id === undefined ? 'post' : `post "${outcome.post.id}"`
  return {
    pass,
    message: () =>
      pass
        ? `Expected ${name} not to pass checks, but it has no error${maxWarnings === undefined ? '' : ` and at most ${maxWarnings} warnings`}.`
        : `Expected ${name} to pass checks, but it has ${report.errorCount} error(s) and ${report.warningCount} warning(s)${tooManyWarnings ? ` (at most ${maxWarnings} allowed)` : ''}:\n${list(report.diagnostics.filter((d) => d.severity !== 'info'))}`,
  }
}

function toFitPlatform(this: MatcherState, received: unknown, platform: PlatformId, options: FitPlatformOptions = {}): SyncExpectationResult {
  const outcome = asPost(received)
  if ('failure' in outcome) return outcome.failure
  const limits = options.limits ?? configInUse?.limits
  const report = check(outcome.post, {
    platforms: [platform],
    preset: 'none',
    rules: { 'length/over-limit': 'error' },
    threadParts: true,
    ...(limits === undefined ? {} : { limits }),
  })
  const over = report.diagnostics.filter((d) => options.lang === undefined || d.lang === options.lang)
  const which = options.lang === undefined ? 'both languages' : options.lang === 'en' ? 'the English text' : 'the French text'
  return {
    pass: over.length === 0,
    message: () => (over.length === 0 ? `Expected ${which} not to fit ${platform}, but it fits.` : `Expected ${which} to fit ${platform}:\n${list(over)}`),
  }
}

function toBeValidPayload(this: MatcherState, received: unknown, platform: PlatformId): SyncExpectationResult {
  const body = payloadBodySchemas[platform]
  if (body === undefined) return { pass: false, message: () => `Unknown platform "${String(platform)}".` }
  const isObject = received !== null && typeof received === 'object'
  // What toPayloads returns (with `accounts`), one thread item (with `body`), or a bare request body.
  const [what, result] =
    isObject && 'accounts' in received
      ? (['payload set', payloadSetSchemas[platform].safeParse(received)] as const)
      : isObject && 'body' in received
        ? (['thread item', threadItemSchema(body).safeParse(received)] as const)
        : (['request body', body.safeParse(received)] as const)
  const wrongPlatform = what === 'payload set' && result.success && (received as { platform?: unknown }).platform !== platform
  const issues = result.success ? [] : result.error.issues.map((issue) => `  - ${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: ${issue.message}`)
  if (wrongPlatform) issues.push(`  - platform: expected "${platform}", got ${JSON.stringify((received as { platform?: unknown }).platform)}`)
  const pass = issues.length === 0
  return {
    pass,
    message: () => (pass ? `Expected the ${what} not to be a valid ${platform} payload, but it is.` : `Expected a valid ${platform} ${what}:\n${issues.join('\n')}`),
  }
}

/**
 * The matchers, for `expect.extend(bilingualPostsMatchers)` when you would
 * rather not rely on the side effect of importing `bilingual-posts/vitest`.
 */
export const bilingualPostsMatchers = { toPassChecks, toFitPlatform, toBeValidPayload }
