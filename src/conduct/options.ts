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

/** A field of a `conduct` object as it was validated: its key, its value and, for a list, the entries it held. */
type FieldSnapshot = readonly [key: string, value: unknown, entries: readonly unknown[] | undefined]

/**
 * Each `conduct` object's validated copy, with the fields it was made from. Validating
 * builds new arrays, which every list cache keyed by arrays would miss; the copy is
 * reused while the object holds the same keys, values and list entries. A list put in
 * place of another, a key added or a list edited in place (a phrase pushed, one
 * removed) is validated again, so the next call sees it and a bad entry still throws.
 */
const validated = new WeakMap<object, { readonly fields: readonly FieldSnapshot[]; readonly conduct: ConductOptions }>()

/** `validate(raw)`, or the copy it gave last time when `raw` is an object that still holds the same fields. */
export function validatedConduct(raw: unknown, validate: (raw: unknown) => ConductOptions): ConductOptions {
  if (typeof raw !== 'object' || raw === null) return validate(raw)
  const known = validated.get(raw)
  if (known !== undefined && sameFields(raw, known.fields)) return known.conduct
  const conduct = validate(raw)
  validated.set(raw, { fields: Object.entries(raw).map(([key, value]) => [key, value, Array.isArray(value) ? [...(value as unknown[])] : undefined]), conduct })
  return conduct
}

function sameFields(raw: object, fields: readonly FieldSnapshot[]): boolean {
  const keys = Object.keys(raw)
  if (keys.length !== fields.length) return false
  return fields.every(([key, value, entries], index) => {
    const now = (raw as Record<string, unknown>)[key]
    return keys[index] === key && now === value && (entries === undefined || sameEntries(now as readonly unknown[], entries))
  })
}

/** Whether `list` still holds `entries`, in order (a host may edit its list in place between calls). */
export function sameEntries(list: readonly unknown[], entries: readonly unknown[]): boolean {
  if (list.length !== entries.length) return false
  for (let i = 0; i < entries.length; i++) if (list[i] !== entries[i]) return false
  return true
}

function parseCheckConduct(raw: unknown): ConductOptions {
  const parsed = conductOptionsSchema.safeParse(raw)
  if (!parsed.success) {
    throw new ConductOptionsError(`Invalid "conduct" option: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(conduct)'}: ${issue.message}`).join('; ')}`)
  }
  return parsed.data
}

/**
 * The `conduct` field of `check`'s options, validated. Read through this
 * accessor so the rules keep working whether or not `CheckOptions` declares the field.
 */
export function conductOptionsOf(options: CheckOptions): ConductOptions {
  const raw: unknown = (options as CheckOptionsWithConduct).conduct
  if (raw === undefined) return {}
  return validatedConduct(raw, parseCheckConduct)
}
