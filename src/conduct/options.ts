import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../post/zod-messages.js'
import type { CheckOptions } from '../checks/rule.js'

useEnglishZodMessages()

const phrases = z.optional(z.readonly(z.array(z.string().check(z.minLength(1)))))

/**
 * Schema of the conduct lists a user adds to the built-in ones (`check`'s
 * `conduct` option, `screenComment`'s `conduct` option).
 */
export const conductOptionsSchema = z.strictObject({
  /** Extra party names (a provincial party, a new federal one). */
  parties: phrases,
  /** Extra partisan slogans. */
  slogans: phrases,
  /** Extra calls to vote. */
  callsToVote: phrases,
  /** Extra political hashtags, with or without `#`. */
  politicalHashtags: phrases,
  /** Phrases and hashtags never to flag, e.g. a programme whose name holds a listed phrase. */
  allow: phrases,
})

/** Conduct lists a user adds to the built-in ones. */
export type ConductOptions = z.input<typeof conductOptionsSchema>

/** `check`'s options with the `conduct` field this module reads (until `CheckOptions` declares it). */
export interface CheckOptionsWithConduct extends CheckOptions {
  readonly conduct?: ConductOptions
}

/** Thrown when `conduct` options are not lists of phrases. */
export class ConductOptionsError extends Error {
  override readonly name = 'ConductOptionsError'
}

const cache = new WeakMap<object, ConductOptions>()

/**
 * The `conduct` field of `check`'s options, validated. Read through this
 * accessor so the rules keep working whether or not `CheckOptions` declares the field.
 */
export function conductOptionsOf(options: CheckOptions): ConductOptions {
  const raw: unknown = (options as CheckOptionsWithConduct).conduct
  if (raw === undefined) return {}
  if (typeof raw === 'object' && raw !== null && cache.has(raw)) return cache.get(raw) ?? {}
  const parsed = conductOptionsSchema.safeParse(raw)
  if (!parsed.success) {
    throw new ConductOptionsError(`Invalid "conduct" option: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(conduct)'}: ${issue.message}`).join('; ')}`)
  }
  if (typeof raw === 'object' && raw !== null) cache.set(raw, parsed.data)
  return parsed.data
}
