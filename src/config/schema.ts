import * as z from 'zod/mini'
import type { CheckOptions, PluginRule } from '../checks/rule.js'
import { conductOptionsSchema } from '../conduct/options.js'
import type { PayloadOptions } from '../export/options.js'
import { platformIds } from '../platforms/types.js'
import { useEnglishZodMessages } from '../post/zod-messages.js'

useEnglishZodMessages()

const count = z.optional(z.int().check(z.positive()))
const platformId = z.enum(platformIds)

/** Schema of a `bilingual-posts` config file (`bilingual-posts.config.mjs`, `.bilingualpostsrc.json`, a `package.json` key…). */
export const configSchema = z.strictObject({
  /** English → French handles and hashtags that correspond, e.g. `{ "@HealthCanada": "@SanteCanada" }`. */
  pairs: z.optional(z.record(z.string(), z.string())),
  rules: z.optional(z.record(z.string(), z.enum(['off', 'info', 'warn', 'error']))),
  preset: z.optional(z.enum(['recommended', 'none'])),
  /** Platforms to check, when the command line names none. */
  platforms: z.optional(z.array(platformId)),
  limits: z.optional(z.partialRecord(platformId, z.strictObject({ text: count, altText: count, title: count, displayName: count, bio: count, charactersPerUrl: count, maxBytes: count }))),
  conduct: z.optional(conductOptionsSchema),
  frenchPunctuation: z.optional(z.enum(['canada', 'france'])),
  maxEmoji: z.optional(z.int().check(z.nonnegative())),
  /**
   * Rules of your own (`check`'s `plugins`), in a `.js`/`.mjs` config only: a rule holds a function.
   * Only their being objects is checked here; the loader checks each one's shape as `check` does, in both languages.
   */
  plugins: z.optional(z.array(z.custom<PluginRule>((value) => value !== null && typeof value === 'object'))),
  /** `toPayloads` options for `export`; command-line flags win over them. */
  export: z.optional(
    z.strictObject({
      accounts: z.optional(z.enum(['separate', 'bilingual'])),
      order: z.optional(z.enum(['en-first', 'fr-first'])),
      overflow: z.optional(z.enum(['error', 'thread'])),
      separator: z.optional(z.string()),
      numbering: z.optional(z.boolean()),
      mastodon: z.optional(z.strictObject({ visibility: z.optional(z.enum(['public', 'unlisted', 'private', 'direct'])) })),
      linkedin: z.optional(
        z.strictObject({
          author: z.string(),
          visibility: z.optional(z.enum(['PUBLIC', 'CONNECTIONS', 'LOGGED_IN'])),
          lifecycleState: z.optional(z.enum(['PUBLISHED', 'DRAFT'])),
        }),
      ),
      youtube: z.optional(z.strictObject({ categoryId: z.optional(z.string()) })),
    }),
  ),
})

/**
 * What a config file holds. `check` options (without `i18n` and `messageLanguage`, which belong to the
 * program that runs checks) plus `export`, the options of `toPayloads`. `plugins` only in a `.js`/`.mjs` config.
 */
export interface BilingualPostsConfig extends Omit<CheckOptions, 'i18n' | 'messageLanguage'> {
  readonly export?: Pick<PayloadOptions, 'accounts' | 'order' | 'overflow' | 'separator' | 'numbering' | 'mastodon' | 'linkedin' | 'youtube'>
}

/**
 * Types a config file written in JavaScript; returns it unchanged.
 *
 * @example
 * // bilingual-posts.config.mjs
 * import { defineConfig } from 'bilingual-posts/pipelines'
 * import { noInternalLinks } from './rules/no-internal-links.mjs'
 * export default defineConfig({
 *   pairs: { '@HealthCanada': '@SanteCanada' },
 *   frenchPunctuation: 'canada',
 *   plugins: [noInternalLinks],
 *   rules: { 'dept/no-internal-links': 'warn' },
 * })
 */
export function defineConfig(config: BilingualPostsConfig): BilingualPostsConfig {
  return config
}
