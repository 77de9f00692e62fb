import type { i18n } from 'i18next'
import type * as z from 'zod/mini'
import { getI18n } from '../i18n/instance.js'
import type { Bilingual, Lang } from './language.js'

/** One problem found in a user's input, with the path to the bad value. */
export interface InputIssue {
  /**
   * Path to the bad value, e.g. `['media', 0, 'alt', 'fr']`. For an unknown
   * key, the path of that key (`['platform']`), so a tool can point at it.
   */
  readonly path: readonly (string | number)[]
  /** zod's issue code: `invalid_type`, `invalid_value`, `unrecognized_keys`, `too_small`, `invalid_format`, `custom`… */
  readonly code: string
  /** Key of the message in the `input` namespace (`missingText`, `expected`, `unknownKeySuggestion`…), for hosts that reword it. */
  readonly messageKey: string
  /** The message in the language asked (`messageLanguage`, English by default). */
  readonly message: string
  /** The message in both official languages. */
  readonly messages: Bilingual<string>
  /** For an unknown key or value a typo away from a known one: the one probably meant (`platforms` for `platform`). */
  readonly suggestion?: string
}

/** What the input is, for the words that name its root: `the post`, `la publication`. */
export type InputSubject = 'post' | 'profile' | 'config'

/** How to describe the issues of one parse. */
export interface InputIssueOptions {
  /** The value that was parsed: the messages quote what was found in it. */
  readonly input: unknown
  /** The schema it was parsed with: unknown keys are compared with the keys it allows. */
  readonly schema: z.core.$ZodType
  readonly subject: InputSubject
  /** Language of each issue's `message`; default `en`. */
  readonly messageLanguage?: Lang
  readonly i18n?: i18n
}

type Path = readonly (string | number)[]
type Words = (key: string, data?: Readonly<Record<string, unknown>>) => string
type RawIssue = z.core.$ZodIssue

const languages: readonly Lang[] = ['en', 'fr']

/**
 * zod's issues as the library reports them: one per problem (an unknown key
 * each), with its message in both languages, written from the facts of the
 * issue and of the input (the path, what was expected, what was found), never
 * from zod's English text.
 */
export function inputIssues(error: z.core.$ZodError, options: InputIssueOptions): InputIssue[] {
  const instance = options.i18n ?? getI18n()
  const words =
    (lng: Lang): Words =>
    (key, data = {}) =>
      instance.t(key, { ...data, lng, ns: 'input' })
  const language = options.messageLanguage ?? 'en'
  return error.issues
    .flatMap((issue) => split(issue))
    .map(({ issue, path }) => {
      const described = languages.map((lng) => describe(issue, path, options, words(lng), lng))
      const [en, fr] = described as [Described, Described]
      return Object.freeze({
        path: Object.freeze([...path]),
        code: issue.code,
        messageKey: en.key,
        message: (language === 'fr' ? fr : en).text,
        messages: Object.freeze({ en: en.text, fr: fr.text }),
        ...(en.suggestion === undefined ? {} : { suggestion: en.suggestion }),
      })
    })
}

/** An issue per unknown key, with the key in its path; symbol keys written as strings. */
function split(issue: RawIssue): Array<{ issue: RawIssue; path: Path }> {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))
  if (issue.code !== 'unrecognized_keys') return [{ issue, path }]
  return issue.keys.map((key) => ({ issue, path: [...path, key] }))
}

interface Described {
  readonly key: string
  readonly text: string
  readonly suggestion?: string
}

/** The sentence for one issue in one language. */
function describe(issue: RawIssue, path: Path, options: InputIssueOptions, t: Words, lng: Lang): Described {
  const where = path.length === 0 ? t(`rootPath.${options.subject}`) : path.join('.')
  const found = valueAt(options.input, path)
  const received = describeValue(found, t, lng)
  const say = (key: string, data: Readonly<Record<string, unknown>> = {}): Described => ({ key, text: t(key, { path: where, received, ...data }) })
  switch (issue.code) {
    case 'invalid_type': {
      const expected = t(`types.${issue.expected}`, { defaultValue: issue.expected })
      if (found.present) return say('expected', { expected })
      return missing(path, where, expected, t)
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String)
      const text = t('expected', { path: where, received, expected: t('options', { options: allowed.join(t('listSeparator')) }) })
      const suggestion = typeof found.value === 'string' ? nearestName(found.value, allowed) : undefined
      return suggestion === undefined ? { key: 'expected', text } : { key: 'expected', text: `${text} ${t('didYouMean', { suggestion })}`, suggestion }
    }
    case 'unrecognized_keys': {
      const key = String(path[path.length - 1])
      const parentPath = path.slice(0, -1)
      const parent = parentPath.length === 0 ? t(`root.${options.subject}`) : t('quote', { text: parentPath.join('.') })
      const present = objectKeysAt(options.input, parentPath)
      const allowed = knownKeysAt(options.schema, parentPath).filter((name) => !present.includes(name))
      const suggestion = nearestName(key, allowed)
      if (suggestion !== undefined) return { key: 'unknownKeySuggestion', text: t('unknownKeySuggestion', { key, parent, suggestion }), suggestion }
      return { key: 'unknownKey', text: t('unknownKey', { key, parent, allowed: knownKeysAt(options.schema, parentPath).join(t('listSeparator')) }) }
    }
    case 'too_small':
    case 'too_big':
      return say('expected', { expected: sizeExpected(issue, t, lng), received: sizeReceived(issue.origin, found.value, t) ?? received })
    case 'invalid_format': {
      const format = path[path.length - 1] === 'mimeType' ? 'mediaType' : issue.format
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : ''
      const expected = t(`formats.${format}`, { defaultValue: t('formats.other', { format: issue.format }), pattern })
      return say('expected', { expected })
    }
    case 'custom': {
      const params = (issue.params ?? {}) as Readonly<Record<string, unknown>>
      if (params.messageKey === 'loneSurrogate') return say('loneSurrogate', params)
      if (params.messageKey === 'mediaTypeMismatch') return say(`mediaTypeMismatch.${String(params.kind)}`, params)
      return say('invalid')
    }
    default:
      return say('invalid')
  }
}

/** A missing value: the two texts, a title and alt texts are named; anything else by its path. */
function missing(path: Path, where: string, expected: string, t: Words): Described {
  const last = path[path.length - 1]
  if (last === 'en' || last === 'fr') {
    const language = t(`languageNames.${last}`)
    if (path.length === 1) return { key: 'missingText', text: t('missingText', { language, lang: last }) }
    if (path.length === 2 && path[0] === 'title') return { key: 'missingTitle', text: t('missingTitle', { language, path: where }) }
    if (path.length === 4 && path[0] === 'media' && typeof path[1] === 'number' && path[2] === 'alt') {
      return { key: 'missingAlt', text: t('missingAlt', { language, path: where, number: path[1] + 1 }) }
    }
  }
  return { key: 'missing', text: t('missing', { path: where, expected }) }
}

function sizeExpected(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, t: Words, lng: Lang): string {
  const small = issue.code === 'too_small'
  const limit = Number(small ? issue.minimum : issue.maximum)
  const exact = issue.exact === true
  if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set') {
    const kind = issue.origin === 'string' ? 'string' : 'array'
    return t(`size.${kind}${exact ? 'Exact' : small ? 'Min' : 'Max'}`, { count: limit })
  }
  const bound = `${small ? 'numberMin' : 'numberMax'}${issue.inclusive === false ? 'Exclusive' : ''}`
  return t(`size.${bound}`, { limit: formatNumber(limit, lng) })
}

function sizeReceived(origin: string, value: unknown, t: Words): string | undefined {
  if (origin === 'string' && typeof value === 'string') return t('received.length', { count: value.length })
  if ((origin === 'array' || origin === 'set') && Array.isArray(value)) return t('received.items', { count: value.length })
  return undefined
}

interface Found {
  readonly present: boolean
  readonly value: unknown
}

/** The value at `path` in the input, and whether the path leads anywhere. */
function valueAt(input: unknown, path: Path): Found {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return { present: false, value: undefined }
    value = (value as Record<string | number, unknown>)[key]
  }
  return { present: value !== undefined, value }
}

function objectKeysAt(input: unknown, path: Path): readonly string[] {
  const { value } = valueAt(input, path)
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []
}

/** Figures in the language's way: a decimal comma in French. */
function formatNumber(value: number, lng: Lang): string {
  const text = String(value)
  return lng === 'fr' ? text.replace('.', ',') : text
}

const longestQuoted = 60

/** What was found, in words: `“twiter”`, `42`, `a list`, `nothing`. */
function describeValue(found: Found, t: Words, lng: Lang): string {
  const { value } = found
  if (!found.present) return t('received.undefined')
  if (value === null) return t('received.null')
  if (typeof value === 'string') {
    const chars = [...value]
    return t('quote', { text: chars.length > longestQuoted ? `${chars.slice(0, longestQuoted - 1).join('')}…` : value })
  }
  if (typeof value === 'number') return formatNumber(value, lng)
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (Array.isArray(value)) return t('received.array')
  return t('received.object')
}

/** The shape of zod's schema definitions this module reads (zod's internals are typed per schema kind). */
interface SchemaDef {
  readonly type?: string
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>
  readonly innerType?: z.core.$ZodType
  readonly element?: z.core.$ZodType
  readonly keyType?: z.core.$ZodType
  readonly valueType?: z.core.$ZodType
  readonly options?: readonly z.core.$ZodType[]
  readonly in?: z.core.$ZodType
  readonly entries?: Readonly<Record<string, string | number>>
}

const defOf = (schema: z.core.$ZodType | undefined): SchemaDef => schema?._zod.def ?? {}

/** The schemas a value at `path` may have (several under a union), wrappers (optional, default…) removed. */
function schemasAt(schema: z.core.$ZodType, path: Path): z.core.$ZodType[] {
  const unwrap = (s: z.core.$ZodType | undefined): z.core.$ZodType[] => {
    const def = defOf(s)
    if (s === undefined) return []
    if (def.innerType !== undefined) return unwrap(def.innerType)
    if (def.type === 'pipe' && def.in !== undefined) return unwrap(def.in)
    if (def.type === 'union' && def.options !== undefined) return def.options.flatMap(unwrap)
    return [s]
  }
  let current = unwrap(schema)
  for (const key of path) {
    current = current.flatMap((s) => {
      const def = defOf(s)
      if (def.type === 'object') return unwrap(def.shape?.[String(key)])
      if (def.type === 'array') return unwrap(def.element)
      if (def.type === 'record') return unwrap(def.valueType)
      return []
    })
  }
  return current
}

/** Keys the schema allows in the object at `path`: an object's keys, or the values of a record's enum keys. */
export function knownKeysAt(schema: z.core.$ZodType, path: Path): string[] {
  const keys = schemasAt(schema, path).flatMap((s) => {
    const def = defOf(s)
    if (def.type === 'object') return Object.keys(def.shape ?? {})
    if (def.type === 'record') return Object.values(defOf(def.keyType).entries ?? {}).map(String)
    return []
  })
  return [...new Set(keys)]
}

/** Edit distance (insertions, deletions, substitutions and swaps of two neighbours). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const above = rows[i - 1] as number[]
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1)
      row[j] = best
    }
    rows.push(row)
  }
  return (rows[a.length] as number[])[b.length] as number
}

/**
 * The known name nearest to a misspelled one (`platform` → `platforms`,
 * `blusky` → `bluesky`), when it is a typo away: at most one edit per four
 * letters, case aside. Undefined when none is that near.
 *
 * @example
 * nearestName('platform', ['id', 'en', 'fr', 'platforms']) // 'platforms'
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase()
  let best: { name: string; distance: number } | undefined
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase())
    if (best === undefined || distance < best.distance) best = { name: candidate, distance }
  }
  return best !== undefined && best.distance <= Math.max(1, Math.floor(name.length / 4)) ? best.name : undefined
}

/** The issues as indented lines under a heading, for an error's message. */
export function formatInputIssues(heading: string, issues: readonly InputIssue[], lang: Lang = 'en'): string {
  return `${heading}${lang === 'fr' ? '\u00a0:' : ':'}\n${issues.map((issue) => `  - ${issue.messages[lang]}`).join('\n')}`
}

/** An error's heading in both languages (`heading.<key>` of the `input` namespace). */
export function inputHeading(key: string, data: Readonly<Record<string, unknown>> = {}, instance: i18n = getI18n()): Bilingual<string> {
  const t = (lng: Lang) => instance.t(`heading.${key}`, { ...data, lng, ns: 'input' })
  return { en: t('en'), fr: t('fr') }
}
