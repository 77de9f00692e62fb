import type { Lang } from '../../post/language.js'
import type { Quantity, QuantityKind } from './quantities.js'

/** The quantities of each language that found no match in the other. */
export interface Unmatched {
  readonly en: readonly Quantity[]
  readonly fr: readonly Quantity[]
}

/** Positions of `items` by each key `keysOf` gives, to take matches in constant time (a pasted table holds thousands). */
function indexBy(items: readonly Quantity[], keysOf: (q: Quantity) => readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>()
  items.forEach((q, i) => {
    for (const k of keysOf(q)) {
      const at = index.get(k)
      if (at === undefined) index.set(k, [i])
      else at.push(i)
    }
  })
  return index
}

/** The first position under one of `keys` not yet taken, marked taken. */
function take(index: Map<string, number[]>, keys: readonly string[], taken: Uint8Array): number {
  for (const k of keys) {
    const at = index.get(k)
    if (at === undefined) continue
    // From the end: `shift` would make thousands of equal values quadratic.
    while (at.length > 0 && taken[at[at.length - 1]!] === 1) at.pop()
    const i = at.pop()
    if (i !== undefined) {
      taken[i] = 1
      return i
    }
  }
  return -1
}

/**
 * Removes from `left` and `right` the pairs where one side's key is a reading of the other
 * (exact keys first, then `1,500` in French read as 1 500, a date without its year).
 */
function pairOff(left: readonly Quantity[], right: readonly Quantity[], keysOfLeft: (q: Quantity) => readonly string[], keysOfRight: (q: Quantity) => readonly string[]): [Quantity[], Quantity[]] {
  // Nothing to pair on one side (most passes of most posts): both sides as they are, with no index built.
  if (left.length === 0 || right.length === 0) return [[...left], [...right]]
  const index = indexBy(right, keysOfRight)
  const taken = new Uint8Array(right.length)
  const rest = left.filter((q) => take(index, keysOfLeft(q), taken) === -1)
  return [rest, right.filter((_, i) => taken[i] === 0)]
}

/** A range on one side whose ends the other side writes as two values (`May 3–9` ↔ `le 3 mai et le 9 mai`). */
function splitRanges(ranges: readonly Quantity[], singles: readonly Quantity[]): [Quantity[], Quantity[]] {
  if (!ranges.some((r) => r.parts.length > 0)) return [[...ranges], [...singles]]
  const index = indexBy(singles, (q) => [q.key, ...q.alternates])
  const taken = new Uint8Array(singles.length)
  const rest = ranges.filter((range) => {
    if (range.parts.length === 0) return true
    const found = range.parts.map((part) => take(index, [part], taken))
    if (found.every((i) => i !== -1)) return false
    for (const i of found) if (i !== -1) taken[i] = 0
    // Put back what was taken for a range that did not split.
    for (const [k, i] of range.parts.map((part, n) => [part, found[n]!] as const)) if (i !== -1) index.get(k)?.push(i)
    return true
  })
  return [rest, singles.filter((_, i) => taken[i] === 0)]
}

/**
 * Compares two languages' quantities as multisets of values: exact values first, then other readings,
 * ranges against their ends, and figures against numbers written as words (which are never reported).
 */
export function compareQuantities(en: readonly Quantity[], fr: readonly Quantity[]): Unmatched {
  let left = en.filter((q) => !q.soft)
  let right = fr.filter((q) => !q.soft)
  ;[left, right] = pairOff(
    left,
    right,
    (q) => [q.key],
    (q) => [q.key],
  )
  ;[left, right] = pairOff(
    left,
    right,
    (q) => [q.key],
    (q) => q.alternates,
  )
  ;[left, right] = pairOff(
    left,
    right,
    (q) => q.alternates,
    (q) => [q.key],
  )
  ;[left, right] = splitRanges(left, right)
  ;[right, left] = splitRanges(right, left)
  // `three offices` ↔ `3 bureaux`: a word stands for a count or ordinal of the same number.
  const figures = (q: Quantity) => (q.kind === 'count' || q.kind === 'ordinal' ? [`word:${q.values[0]}`] : [])
  const word = (q: Quantity) => [`word:${q.values[0]}`]
  let frWords: Quantity[]
  let enWords: Quantity[]
  ;[left, frWords] = pairOff(
    left,
    fr.filter((q) => q.soft),
    figures,
    word,
  )
  ;[right, enWords] = pairOff(
    right,
    en.filter((q) => q.soft),
    figures,
    word,
  )
  // Words against words: `three offices` ↔ `deux bureaux` is a mismatch, but only when both sides are left
  // with a count in words (a word alone may be an idiom: `one of`, `les deux`).
  const [enLeft, frLeft] = pairOff(
    enWords.filter((q) => q.cardinal),
    frWords.filter((q) => q.cardinal),
    word,
    word,
  )
  if (enLeft.length > 0 && frLeft.length > 0) {
    left = [...left, ...enLeft]
    right = [...right, ...frLeft]
  }
  return { en: left, fr: right }
}

/** Groups of unmatched values, each one mismatch: a kind both sides disagree on, then the rest together. */
export function mismatches(unmatched: Unmatched): Unmatched[] {
  const kinds = new Set<QuantityKind>(unmatched.en.map((q) => q.kind))
  const shared = [...kinds].filter((kind) => unmatched.fr.some((q) => q.kind === kind))
  const groups: Unmatched[] = shared.map((kind) => ({ en: unmatched.en.filter((q) => q.kind === kind), fr: unmatched.fr.filter((q) => q.kind === kind) }))
  const rest = { en: unmatched.en.filter((q) => !shared.includes(q.kind)), fr: unmatched.fr.filter((q) => !shared.includes(q.kind)) }
  if (rest.en.length > 0 || rest.fr.length > 0) groups.push(rest)
  return groups
}

const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const frMonths = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const NBSP = '\u00a0'

/** A figure in a message's language: `63,206.5` / `63 206,5` (TB 2.3.1: triads separated by a space, here a no-break one; four-digit figures grouped too, as `1 250 $` is). */
export function figure(n: number, lang: Lang): string {
  const [whole = '', fraction] = String(Math.round(n * 1e6) / 1e6).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, lang === 'en' ? ',' : NBSP)
  return fraction === undefined ? grouped : `${grouped}${lang === 'en' ? '.' : ','}${fraction}`
}

function money(n: number, lang: Lang): string {
  for (const [scale, enWord, frWord] of [
    [1e9, 'billion', 'milliards'],
    [1e6, 'million', 'millions'],
  ] as const) {
    if (n >= scale && Number.isInteger(Math.round((n / scale) * 1000)))
      return lang === 'en' ? `$${figure(n / scale, 'en')} ${enWord}` : `${figure(n / scale, 'fr')}${NBSP}${n / scale < 2 ? frWord.slice(0, -1) : frWord} de dollars`
  }
  return lang === 'en' ? `$${figure(n, 'en')}` : `${figure(n, 'fr')}${NBSP}$`
}

function clock(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (lang === 'fr') return minutes === 720 ? 'midi' : minutes === 0 || minutes === 1440 ? 'minuit' : m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`
  if (minutes === 720) return 'noon'
  if (minutes === 0 || minutes === 1440) return 'midnight'
  return `${h % 12 || 12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}${NBSP}${h < 12 ? 'a.m.' : 'p.m.'}`
}

function day(d: number, lang: Lang): string {
  return lang === 'fr' && d === 1 ? '1er' : String(d)
}
function date(y: number, m: number, d: number, lang: Lang): string {
  const year = y === 0 ? '' : lang === 'en' ? `, ${y}` : ` ${y}`
  return lang === 'en' ? `${enMonths[m - 1]} ${d}${year}` : `${day(d, 'fr')} ${frMonths[m - 1]}${year}`
}

/** A quantity as the message's language writes it; identifiers as written. */
export function formatQuantity(q: Quantity, lang: Lang): string {
  const v = q.values
  switch (q.kind) {
    case 'amount':
      return money(v[0]!, lang)
    case 'percent':
      return lang === 'en' ? `${figure(v[0]!, 'en')}%` : `${figure(v[0]!, 'fr')}${NBSP}%`
    case 'count':
      return figure(v[0]!, lang)
    case 'ordinal':
      return lang === 'en' ? `${v[0]}${['th', 'st', 'nd', 'rd'][v[0]! % 100 > 10 && v[0]! % 100 < 14 ? 0 : v[0]! % 10] ?? 'th'}` : v[0] === 1 ? '1er' : `${v[0]}e`
    case 'year':
      return String(v[0])
    case 'fiscal-year':
      return lang === 'en' ? `${v[0]}–${String((v[0]! + 1) % 100).padStart(2, '0')}` : `${v[0]}-${v[0]! + 1}`
    case 'duration':
      return lang === 'en' ? '24/7' : `24${NBSP}h/24, 7${NBSP}j/7`
    case 'time':
      return clock(v[0]!, lang)
    case 'time-range':
      return lang === 'en' ? `${clock(v[0]!, 'en')}–${clock(v[1]!, 'en')}` : `de ${clock(v[0]!, 'fr')} à ${clock(v[1]!, 'fr')}`
    case 'date':
      return date(v[0]!, v[1]!, v[2]!, lang)
    case 'date-range': {
      const [y, m1, d1, m2, d2] = v as [number, number, number, number, number]
      const year = y === 0 ? '' : lang === 'en' ? `, ${y}` : ` ${y}`
      if (lang === 'en') return m1 === m2 ? `${enMonths[m1 - 1]} ${d1}–${d2}${year}` : `${enMonths[m1 - 1]} ${d1} – ${enMonths[m2 - 1]} ${d2}${year}`
      return m1 === m2 ? `du ${day(d1, 'fr')} au ${d2} ${frMonths[m2 - 1]}${year}` : `du ${day(d1, 'fr')} ${frMonths[m1 - 1]} au ${day(d2, 'fr')} ${frMonths[m2 - 1]}${year}`
    }
    case 'identifier':
      return q.text
  }
}

/** Values joined with `; ` (a value may hold a comma), each quoted as the message's language quotes. */
export function listQuantities(values: readonly Quantity[], lang: Lang, max: number): string {
  const shown = values.slice(0, max).map((q) => (lang === 'en' ? `“${formatQuantity(q, 'en')}”` : `«${NBSP}${formatQuantity(q, 'fr')}${NBSP}»`))
  return shown.join('; ') + (values.length > max ? '; …' : '')
}
