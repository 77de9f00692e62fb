import type { i18n, InitOptions } from 'i18next'
import { getI18n } from './instance.js'
import type { Bilingual, Lang } from '../text/language.js'

/** The facts a message quotes, by variable name (`{{over}}` reads `over`). */
export type MessageValues = Readonly<Record<string, unknown>>

/** Makes the message `key` of the `rules` namespace in both languages, with `values`' facts. */
export type MessageMaker = (key: string, values: MessageValues) => Bilingual<string>

/** Plural categories of the two official languages (compiled once: rules, not user text). */
const pluralRules: Readonly<Record<string, Intl.PluralRules>> = { en: new Intl.PluralRules('en'), fr: new Intl.PluralRules('fr') }

const variablePattern = /\{\{(.+?)\}\}/g
/** i18next's nesting syntax, `$t(key)`, with its options and formatters (which the plain path hands back to i18next). */
const nestingPattern = /\$t\(((?:[^()"']|"[^"]*"|'[^']*'|\((?:[^()"']|"[^"]*"|'[^']*')*\))*?)\)/g
/** A nested key with neither options (`, {…}`), formatters (`, upper`) nor a namespace (`cli:`). */
const plainNestedKey = /^[^,{}()"':]+$/

/**
 * Whether `instance` words messages as the plain path below does: the
 * delimiters, separators and defaults the library's own instance uses, and
 * nothing that rewrites a translation afterwards (post-processors, a format
 * applied to every variable, an i18nFormat module). A variable with a format
 * (`{{date, datetime}}`) is left to i18next by {@link interpolate}. A host's instance set up otherwise gets
 * every message from `instance.t`.
 */
function wordsPlainly(instance: i18n): boolean {
  if (!instance.isInitialized || instance.modules.i18nFormat !== undefined) return false
  const options: InitOptions = instance.options
  const interpolation = options.interpolation ?? {}
  return (
    options.keySeparator === '.' &&
    options.nsSeparator === ':' &&
    options.pluralSeparator === '_' &&
    options.contextSeparator === '_' &&
    !options.postProcess &&
    !options.fallbackNS &&
    !options.parseMissingKeyHandler &&
    !options.missingInterpolationHandler &&
    options.returnEmptyString !== false &&
    (Array.isArray(options.fallbackLng) || typeof options.fallbackLng === 'string' || options.fallbackLng === false) &&
    interpolation.escapeValue === false &&
    interpolation.skipOnVariables !== false &&
    (interpolation.prefix ?? '{{') === '{{' &&
    (interpolation.suffix ?? '}}') === '}}' &&
    (interpolation.nestingPrefix ?? '$t(') === '$t(' &&
    (interpolation.nestingSuffix ?? ')') === ')' &&
    interpolation.prefixEscaped === undefined &&
    interpolation.suffixEscaped === undefined &&
    interpolation.nestingPrefixEscaped === undefined &&
    interpolation.nestingSuffixEscaped === undefined &&
    !interpolation.alwaysFormat &&
    interpolation.defaultVariables === undefined
  )
}

/** Languages looked in for `lng`, in order, as i18next resolves them for `en` and `fr`. */
function lookupOrder(instance: i18n, lng: Lang): readonly string[] {
  const { fallbackLng, supportedLngs } = instance.options
  const fallbacks = fallbackLng === false || fallbackLng === undefined ? [] : typeof fallbackLng === 'string' ? [fallbackLng] : (fallbackLng as readonly string[])
  const supported = (code: string) => !Array.isArray(supportedLngs) || supportedLngs.includes(code)
  const order: string[] = []
  for (const code of [lng, ...fallbacks]) if (supported(code) && !order.includes(code)) order.push(code)
  return order
}

/** `node[name]` when `node` has it as its own (i18next's guard against inherited functions and `__proto__`). */
function own(node: unknown, name: string): unknown {
  if (node === null || typeof node !== 'object') return undefined
  return Object.hasOwn(node, name) ? (node as Record<string, unknown>)[name] : undefined
}

/**
 * The value at `key` of a language's namespace tree, as i18next's
 * `getResource` finds it: the nested path (`a` → `b`), else, for keys a host
 * wrote flat with dots in them, i18next's `deepFind`, which at each level takes
 * the shortest run of the remaining parts that names an entry. Read here
 * rather than through `getResource`, whose bookkeeping costs more than the
 * lookup on every miss, and most lookups of a message miss (`key_context_other`
 * before `key_context`).
 */
function resourceAt(tree: unknown, key: string): unknown {
  const parts = key.split('.')
  let node = tree
  for (const part of parts) {
    node = own(node, part)
    if (node === undefined) break
  }
  if (node !== undefined && node !== null) return node
  if (tree === null || typeof tree !== 'object') return undefined
  const whole = own(tree, key)
  if (whole) return whole
  let current: unknown = tree
  for (let i = 0; i < parts.length;) {
    if (current === null || typeof current !== 'object') return undefined
    let next: unknown
    let name = ''
    for (let j = i; j < parts.length; j++) {
      name = j === i ? (parts[j] as string) : `${name}.${parts[j] as string}`
      next = own(current, name)
      if (next === undefined) continue
      // A string cannot be gone into: try a longer run of parts.
      if ((typeof next === 'string' || typeof next === 'number' || typeof next === 'boolean') && j < parts.length - 1) continue
      i = j + 1
      break
    }
    if (next === undefined) return undefined
    current = next
  }
  return current
}

/** The contexts the library's own rules report with (length/over-limit): shared like lookups without one. */
const builtInContexts: ReadonlySet<string> = new Set(['uncounted', 'noThread'])

/**
 * Templates with their nestings worded (see {@link nestedFirst}), by template, then by key, language, plural
 * forms, context and the values inside the nestings; kept only when every nested key named a translation, so
 * they hold translations and translation keys alone.
 */
type WordedNestings = Map<string, WordedNestings | readonly string[]>

/** What is shared across calls for one instance: translations (not user text), dropped when its resources change. */
interface SharedWording {
  readonly orders: string
  readonly found: Lookups
  readonly worded: WordedNestings
}

/** Shared wording by instance. */
const lookupsByInstance = new WeakMap<i18n, SharedWording>()

/** Templates found, by key, then context (`''` for none), then language and plural forms; undefined when i18next must look. */
type Lookups = Map<string, Map<string, Map<string, string | undefined>>>

/**
 * The shared lookups of `instance` for its current lookup order. Emptied when a
 * bundle or resource is added or removed through the instance's store (`addResourceBundle`,
 * `addResources`, `addResource` without `silent`, `removeResourceBundle`), so a host's rewording applies at once.
 */
function sharedWording(instance: i18n, orders: string): SharedWording {
  let entry = lookupsByInstance.get(instance)
  if (entry === undefined) {
    const found: Lookups = new Map()
    const worded: WordedNestings = new Map()
    const forget = () => {
      found.clear()
      worded.clear()
    }
    instance.store.on('added', forget)
    instance.store.on('removed', forget)
    lookupsByInstance.set(instance, (entry = { orders, found, worded }))
  }
  if (entry.orders !== orders) {
    entry.found.clear()
    entry.worded.clear()
    lookupsByInstance.set(instance, (entry = { orders, found: entry.found, worded: entry.worded }))
  }
  return entry
}

/** The plural forms a count selects in both languages, with the language, for the lookups below. */
type PluralForms = Readonly<Record<Lang, string>>

/**
 * Plural forms of the counts 0 to {@link formsKept}, made once: `Intl.PluralRules#select` is slow, and a
 * report's counts (characters over, parts, emoji) are small numbers. One string per count and language, so a
 * lookup hashes no new string for it.
 */
const formsOfSmallCounts = new Map<number, PluralForms>()
const formsKept = 10_000

function formsOf(count: number): PluralForms {
  const small = Number.isInteger(count) && count >= 0 && count <= formsKept
  const known = small ? formsOfSmallCounts.get(count) : undefined
  if (known !== undefined) return known
  const both = `${count === 0 ? 'zero ' : ''}${pluralRules.en!.select(count)} ${pluralRules.fr!.select(count)}`
  const forms = Object.freeze({ en: `en ${both}`, fr: `fr ${both}` })
  if (small) formsOfSmallCounts.set(count, forms)
  return forms
}

/**
 * Finds the template of a key for a language, with the count and context of the values (see {@link templateFinder}),
 * `lookup` being theirs when the caller has it already.
 */
type FindTemplate = (key: string, values: MessageValues, lng: Lang, lookup?: Lookup) => string | undefined

/** The plural forms of a message's count, with the language, and its context: what a lookup depends on besides the key. */
type Lookup = { readonly forms: string; readonly context: string | undefined }

/**
 * What a lookup of any key depends on besides the key: the plural forms of `values`' count (with the language)
 * and its context; undefined when the count is not a number (i18next words those).
 */
type LookupOf = (values: MessageValues, lng: Lang) => Lookup | undefined

/**
 * The string i18next picks for a key with `values`' `count` and `context`:
 * in each language of the lookup order, `key_context_plural`, `key_context`,
 * `key_plural`, `key` (and the `_zero` forms when `count` is 0). Undefined
 * when none is a string (a missing key, an object), for i18next to handle.
 * Lookups are remembered for the life of the finder (one call): a report
 * asks for the same few keys again and again, and a key i18next does not
 * find directly costs it a search of the whole namespace.
 */
function templateFinder(instance: i18n): { readonly find: FindTemplate; readonly lookupOf: LookupOf; readonly worded: WordedNestings } {
  const orders = { en: lookupOrder(instance, 'en'), fr: lookupOrder(instance, 'fr') }
  // Lookups without a context (or with a built-in rule's) are the instance's translations alone (keys are rule
  // ids, counts only pick a plural form), so they are shared across calls; another context may come from a
  // plugin's report: this call only.
  const { found: shared, worded } = sharedWording(instance, `${orders.en.join(' ')}|${orders.fr.join(' ')}`)
  const perCall: Lookups = new Map()
  const trees = new Map<string, unknown>()
  const resource = (code: string, key: string): unknown => {
    if (key.includes('###')) return instance.getResource(code, 'rules', key)
    if (!trees.has(code)) trees.set(code, instance.store.data[code]?.rules)
    return resourceAt(trees.get(code), key)
  }
  const search = (key: string, lng: Lang, count: number | undefined, context: string | undefined): string | undefined => {
    for (const code of orders[lng]) {
      const rules = pluralRules[code]
      if (count !== undefined && rules === undefined) return undefined
      const pluralSuffix = count === undefined ? '' : `_${(rules as Intl.PluralRules).select(count)}`
      // Most specific first (i18next builds the list the other way round and takes from its end).
      const candidates: string[] = []
      if (context !== undefined) {
        const contextKey = `${key}_${context}`
        if (count === 0) candidates.push(`${contextKey}_zero`)
        if (count !== undefined) candidates.push(contextKey + pluralSuffix)
        candidates.push(contextKey)
      }
      if (count === 0) candidates.push(`${key}_zero`)
      if (count !== undefined) candidates.push(key + pluralSuffix)
      candidates.push(key)
      for (const candidate of candidates) {
        const value = resource(code, candidate)
        if (value === undefined || value === null) continue
        return typeof value === 'string' ? value : undefined
      }
    }
    return undefined
  }
  const noCount = { en: 'en', fr: 'fr' } as const
  const contextOf = (context: unknown) => ((typeof context === 'string' || typeof context === 'number') && context !== '' ? String(context) : undefined)
  const lookupOf: LookupOf = ({ count, context }, lng) =>
    count !== undefined && typeof count !== 'number' ? undefined : { forms: (count === undefined ? noCount : formsOf(count))[lng], context: contextOf(context) }
  const find: FindTemplate = (key, values, lng, lookup = lookupOf(values, lng)) => {
    if (lookup === undefined) return undefined
    const { forms, context: withContext } = lookup
    // By key, context, then language and plural forms: strings hashed once, no key string built for each lookup.
    const found = withContext === undefined || builtInContexts.has(withContext) ? shared : perCall
    let byContext = found.get(key)
    if (byContext === undefined) found.set(key, (byContext = new Map<string, Map<string, string | undefined>>()))
    let byForms = byContext.get(withContext ?? '')
    if (byForms === undefined) byContext.set(withContext ?? '', (byForms = new Map<string, string | undefined>()))
    const known = byForms.get(forms)
    if (known !== undefined || byForms.has(forms)) return known
    const template = search(key, lng, values.count as number | undefined, withContext)
    byForms.set(forms, template)
    return template
  }
  return { find, lookupOf, worded }
}

/** i18next's `makeString`: nothing is the empty string, anything else its `String`. */
// eslint-disable-next-line @typescript-eslint/no-base-to-string -- worded as i18next words any value it is given: with String()
const asText = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

/**
 * `template` with its `{{name}}` variables replaced by `values` (a variable
 * missing from them is left as written, as i18next leaves it) and its
 * `$t(key)` nestings by their translations. Undefined when the template needs
 * more than that (formats, unescaped or dotted variables, nesting options, a
 * value that itself holds `$t(`): i18next then words it.
 */
function interpolate(find: FindTemplate, lng: Lang, key: string, template: string, values: MessageValues): string | undefined {
  let text = template
  if (template.includes('{{')) {
    let pieces = compiled.get(template)
    if (pieces === undefined) {
      // Bounded: a host's instance may hold any number of templates.
      if (compiled.size >= 2000) compiled.clear()
      compiled.set(template, (pieces = compile(template)))
    }
    if (pieces === null) return undefined
    const substituted = substitute(pieces, lng, values)
    if (substituted === undefined) return undefined
    text = substituted
  }
  let open = text.indexOf('$t(')
  if (open === -1) return text
  // Fast path for the common `$t(languageNames.en)`: a nesting that closes at the first `)` with a plain key,
  // as nestingPattern reads it. Anything else (quotes, parentheses, options) goes through the pattern below.
  let worded = ''
  let last = 0
  while (open !== -1) {
    const close = text.indexOf(')', open + 3)
    if (close === -1) break
    const nestedKey = text.slice(open + 3, close).trim()
    if (!plainNestedKey.test(nestedKey) || nestedKey === key) break
    const nested = find(nestedKey, values, lng)
    if (nested === undefined || nested.includes('{{') || nested.includes('$t(')) return undefined
    worded += text.slice(last, open) + nested
    last = close + 1
    open = text.indexOf('$t(', last)
  }
  if (open === -1) return worded + text.slice(last)
  return wordNestings(find, lng, key, text, values)
}

/** The value of variable `name` as i18next writes it in a message: the call's `lng` and `ns` over the values' own. */
function valueText(name: string, lng: Lang, values: MessageValues, written: string): string {
  if (name === 'lng') return lng
  if (name === 'ns') return 'rules'
  return Object.hasOwn(values, name) ? asText(values[name]) : written
}

/**
 * Compiled `pieces` (see {@link compile}) with `values`; undefined when a value holds `$t(` (i18next then words
 * it). `nestingsWorded`: the pieces are of a template whose nestings are worded already (see {@link nestedFirst});
 * then also undefined when a value could make a `$t(` with the text around it (it holds `$`, or starts with `(`
 * or `t(`), which {@link interpolate} would word as a nesting.
 */
function substitute(pieces: readonly string[], lng: Lang, values: MessageValues, nestingsWorded = false): string | undefined {
  // pieces alternate: literal, variable name, written form, literal, …
  let text = pieces[0] as string
  for (let i = 1; i < pieces.length; i += 3) {
    const value = valueText(pieces[i] as string, lng, values, pieces[i + 1] as string)
    if (nestingsWorded ? value.includes('$') || value.startsWith('(') || value.startsWith('t(') : value.includes('$t(')) return undefined
    text += value + (pieces[i + 2] as string)
  }
  return text
}

/**
 * A template whose every nesting is `$t(key)` with a key of plain characters and `{{name}}` variables
 * (`$t(languageNames.{{lang}})`): the names of those variables, in order. Null for any other template.
 */
type NestingPlan = { readonly names: readonly string[] } | null

/** Plans by template: translations, not user text, shared by every call (bounded like {@link compiled}). */
const nestingPlans = new Map<string, NestingPlan>()

const simpleNesting = /\$t\(((?:[^(){}"',:$]|\{\{\s*[\w]+\s*\}\})+)\)/g

function nestingPlanOf(template: string): NestingPlan {
  let plan = nestingPlans.get(template)
  if (plan === undefined) {
    if (nestingPlans.size >= 2000) nestingPlans.clear()
    const names: string[] = []
    let nestings = 0
    for (const match of template.matchAll(simpleNesting)) {
      nestings++
      for (const variable of (match[1] as string).matchAll(variablePattern)) names.push((variable[1] as string).trim())
    }
    plan = nestings > 0 && nestings === template.split('$t(').length - 1 ? { names } : null
    nestingPlans.set(template, plan)
  }
  return plan
}

/** Characters that, in a value inside a nesting's key, would change how the nesting reads: such values take the long path. */
const unsafeInKey = /[(){}"',:$]/

/**
 * Words a template with nestings: the template with its nestings worded (for the key, plural forms, context
 * and the values inside the nestings), compiled once per instance and kept in `memo`, then its other
 * variables substituted. The same text as {@link interpolate} gives, without rebuilding and rescanning the
 * message for each diagnostic; undefined when this path does not apply (then `interpolate` words it).
 */
function nestedFirst(find: FindTemplate, lookup: Lookup, memo: WordedNestings, lng: Lang, key: string, template: string, values: MessageValues): string | undefined {
  const plan = nestingPlanOf(template)
  // A context other than the library's may come from a plugin's report: shared memory is for translations only.
  if (plan === null || (lookup.context !== undefined && !builtInContexts.has(lookup.context))) return undefined
  // By key too: a nesting of the message's own key is left to i18next, and two keys may share a template.
  // A path of short strings the lookups have hashed already, rather than one key string made for each message.
  const path = [template, key, lookup.forms, lookup.context ?? '']
  for (const name of plan.names) {
    // The written form only for a variable the values lack (rare): no string made for each message.
    const value = name === 'lng' || name === 'ns' || Object.hasOwn(values, name) ? valueText(name, lng, values, '') : `{{${name}}}`
    if (unsafeInKey.test(value)) return undefined
    path.push(value)
  }
  let node: WordedNestings | undefined = memo
  for (let step = 0; step < path.length - 1 && node !== undefined; step++) node = node.get(path[step] as string) as WordedNestings | undefined
  let pieces = node?.get(path[path.length - 1] as string) as readonly string[] | undefined
  if (pieces === undefined) {
    const worded = wordedNestings(find, lng, key, template, values)
    if (worded === null) return undefined
    pieces = worded
    // Bounded: a host's instance may hold any number of templates.
    if (memo.size >= 2000) memo.clear()
    let parent = memo
    for (let step = 0; step < path.length - 1; step++) {
      let child = parent.get(path[step] as string) as WordedNestings | undefined
      if (child === undefined) parent.set(path[step] as string, (child = new Map()))
      parent = child
    }
    parent.set(path[path.length - 1] as string, pieces)
  }
  return substitute(pieces, lng, values, true)
}

/** `template` with its nestings worded and then compiled, or null when one cannot be worded here. */
function wordedNestings(find: FindTemplate, lng: Lang, key: string, template: string, values: MessageValues): readonly string[] | null {
  const keyOf = (inner: string) => inner.replace(variablePattern, (variable, name: string) => valueText(name.trim(), lng, values, variable)).trim()
  const worded = replaceNestings(find, lng, key, template, simpleNesting, keyOf, values)
  return worded === undefined ? null : compile(worded)
}

/** `text`'s `$t(key)` nestings replaced by their translations, as nestingPattern finds them; undefined when i18next must word them. */
function wordNestings(find: FindTemplate, lng: Lang, key: string, text: string, values: MessageValues): string | undefined {
  return replaceNestings(find, lng, key, text, nestingPattern, (inner) => inner.trim(), values)
}

/**
 * `text` with each nesting `pattern` finds replaced by the translation of the key `keyOf` reads from inside it;
 * undefined when one is not a plain key, is the message's own key, or has a translation that needs i18next.
 */
function replaceNestings(find: FindTemplate, lng: Lang, key: string, text: string, pattern: RegExp, keyOf: (inner: string) => string, values: MessageValues): string | undefined {
  let unsupported = false
  const worded = text.replace(pattern, (_written, inner: string) => {
    const nestedKey = keyOf(inner)
    if (!plainNestedKey.test(nestedKey) || nestedKey === key) {
      unsupported = true
      return ''
    }
    const nested = find(nestedKey, values, lng)
    if (nested === undefined || nested.includes('{{') || nested.includes('$t(')) unsupported = true
    return nested ?? ''
  })
  return unsupported ? undefined : worded
}

/**
 * A template's `{{name}}` variables, split once rather than matched for every message:
 * literal, then for each variable its name, its written form and the literal after it.
 * Null when a variable has a format or a dotted name, or the template unescaped ones (`{{-`): i18next words those.
 */
type CompiledTemplates = Map<string, readonly string[] | null>

/** Templates split into pieces, by template: translations, not user text, shared by every call. */
const compiled: CompiledTemplates = new Map()

function compile(template: string): readonly string[] | null {
  if (template.includes('{{-')) return null
  const pieces: string[] = []
  let last = 0
  for (const match of template.matchAll(variablePattern)) {
    const name = (match[1] as string).trim()
    if (name.includes(',') || name.includes('.')) return null
    pieces.push(template.slice(last, match.index), name, match[0])
    last = match.index + match[0].length
  }
  if (pieces.length === 0) return [template]
  // Literal first: the literal before each variable was pushed with it, so shift them into place.
  const ordered: string[] = [pieces[0] as string]
  for (let i = 0; i < pieces.length; i += 3) {
    const nextLiteral = i + 3 < pieces.length ? (pieces[i + 3] as string) : template.slice(last)
    ordered.push(pieces[i + 1] as string, pieces[i + 2] as string, nextLiteral)
  }
  return ordered
}

/**
 * Makes messages for one call (a `check`, a `screenComment`): each message
 * is worded when its diagnostic is made, in both languages, so a report is
 * plain data. Most messages are `{{name}}` variables and `$t(…)` lookups of
 * other keys, which are read here straight from the instance's resources
 * (so a host's `addResourceBundle` rewording applies at once); anything more
 * (formats, a host's own interpolation settings) goes through `instance.t`,
 * which gives the same text. Nothing is kept once the call returns.
 *
 * @example
 * const message = messageMaker()('length/over-limit.message', { lang: 'fr', platformName: 'X', length: 300, unit: 'weighted', over: 20, count: 20, limit: 280, parts: 2 })
 * message.fr // 'Le texte français compte 300 caractères pondérés sur X, …'
 */
export function messageMaker(instance: i18n = getI18n()): MessageMaker {
  const finder = wordsPlainly(instance) ? templateFinder(instance) : undefined
  const word = (key: string, values: MessageValues, lng: Lang): string => {
    if (finder !== undefined && !key.includes(':')) {
      const { find, lookupOf, worded } = finder
      // The count's plural forms and the context, worked out once for the message and its nestings.
      const lookup = lookupOf(values, lng)
      const template = lookup === undefined ? undefined : find(key, values, lng, lookup)
      if (lookup !== undefined && template !== undefined) {
        const text = (template.includes('$t(') ? nestedFirst(find, lookup, worded, lng, key, template, values) : undefined) ?? interpolate(find, lng, key, template, values)
        if (text !== undefined) return text
      }
    }
    return instance.t(key, { ...values, lng, ns: 'rules' })
  }
  return (key, values) => Object.freeze({ en: word(key, values, 'en'), fr: word(key, values, 'fr') })
}

/** Translates `key` (in the `rules` namespace) into both official languages, frozen. */
export function translateBoth(key: string, data: MessageValues, instance: i18n = getI18n()): Bilingual<string> {
  return messageMaker(instance)(key, data)
}
