import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../post/zod-messages.js'
import type { CheckOptions } from '../checks/rule.js'

useEnglishZodMessages()

/** A list of phrases, none empty. */
export const phraseListSchema = z.readonly(z.array(z.string().check(z.minLength(1))))

const phrases = z.optional(phraseListSchema)

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

/**
 * Each `conduct` object's validated copy, with the fields it was made from. Validating
 * builds new arrays, which every list cache keyed by arrays would miss; the copy is
 * reused while the object holds the same keys and values (a list put in place of
 * another, or a key added, is validated again, so a bad one still throws). A list
 * changed in place is not seen: replace it instead.
 */
const validated = new WeakMap<object, { readonly fields: readonly (readonly [string, unknown])[]; readonly conduct: ConductOptions }>()

/** `validate(raw)`, or the copy it gave last time when `raw` is an object that still holds the same fields. */
export function validatedConduct(raw: unknown, validate: (raw: unknown) => ConductOptions): ConductOptions {
  if (typeof raw !== 'object' || raw === null) return validate(raw)
  const known = validated.get(raw)
  if (known !== undefined && sameFields(raw, known.fields)) return known.conduct
  const conduct = validate(raw)
  validated.set(raw, { fields: Object.entries(raw), conduct })
  return conduct
}

function sameFields(raw: object, fields: readonly (readonly [string, unknown])[]): boolean {
  const keys = Object.keys(raw)
  if (keys.length !== fields.length) return false
  return fields.every(([key, value], index) => keys[index] === key && (raw as Record<string, unknown>)[key] === value)
}

function parseCheckConduct(raw: unknown): ConductOptions {
  const parsed = conductOptionsSchema.safeParse(raw)
  if (!parsed.success) {
    throw new ConductOptionsError(`Invalid "conduct" option: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(conduct)'}: ${issue.message}`).join('; ')}`)
  }
  return parsed.data
}

/**
 * The `conduct` field of `check`'s options, validated: a plain-JavaScript caller
 * may pass anything there, so the rules read it through this accessor.
 */
export function conductOptionsOf(options: CheckOptions): ConductOptions {
  const raw: unknown = options.conduct
  if (raw === undefined) return {}
  return validatedConduct(raw, parseCheckConduct)
}
