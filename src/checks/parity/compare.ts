import type { Lang } from '../../post/language.js'
import type { Quantity, QuantityKind } from './quantities.js'

/** The quantities of each language that found no match in the other. */
export interface Unmatched {
  readonly en: readonly Quantity[]
  readonly fr: readonly Quantity[]
}

/** True when one side's value is a reading of the other's (`1,500` in French may be 1 500; a date without a year). */
const readsAs = (a: Quantity, b: Quantity) => a.key === b.key || a.alternates.includes(b.key) || b.alternates.includes(a.key)

/** Removes from `left` and `right` every pair that `same` matches, in order. */
function pairOff(left: Quantity[], right: Quantity[], same: (a: Quantity, b: Quantity) => boolean): void {
  for (let i = 0; i < left.length; i++) {
    const j = right.findIndex((b) => same(left[i]!, b))
    if (j === -1) continue
    left.splice(i--, 1)
    right.splice(j, 1)
  }
}

/** A range on one side whose ends the other side writes as two values (`May 3–9` ↔ `le 3 mai et le 9 mai`). */
function splitRanges(ranges: Quantity[], singles: Quantity[]): void {
  for (let i = 0; i < ranges.length; i++) {
    const parts = ranges[i]!.parts
    if (parts.length === 0) continue
    const found = parts.map((part) => singles.findIndex((s) => s.key === part || s.alternates.includes(part)))
    if (found.some((j) => j === -1) || new Set(found).size !== found.length) continue
    for (const j of found.sort((a, b) => b - a)) singles.splice(j, 1)
    ranges.splice(i--, 1)
  }
}

/**
 * Compares two languages' quantities as multisets of values: exact values first, then other readings,
 * ranges against their ends, and figures against numbers written as words (which are never reported).
 */
export function compareQuantities(en: readonly Quantity[], fr: readonly Quantity[]): Unmatched {
  const left = en.filter((q) => !q.soft)
  const right = fr.filter((q) => !q.soft)
  pairOff(left, right, (a, b) => a.key === b.key)
  pairOff(left, right, readsAs)
  splitRanges(left, right)
  splitRanges(right, left)
  // `three offices` ↔ `3 bureaux`: a word stands for a count or ordinal of the same number.
  const wordFor = (words: Quantity[]) => (q: Quantity) => {
    if (q.kind !== 'count' && q.kind !== 'ordinal') return false
    const j = words.findIndex((w) => w.values[0] === q.values[0])
    if (j === -1) return false
    words.splice(j, 1)
    return true
  }
  const enWords = en.filter((q) => q.soft)
  const frWords = fr.filter((q) => q.soft)
  return { en: left.filter((q) => !wordFor(frWords)(q)), fr: right.filter((q) => !wordFor(enWords)(q)) }
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
  for (const [scale, enWord, frWord] of [[1e9, 'billion', 'milliards'], [1e6, 'million', 'millions']] as const) {
    if (n >= scale && Number.isInteger(Math.round((n / scale) * 1000))) return lang === 'en' ? `$${figure(n / scale, 'en')} ${enWord}` : `${figure(n / scale, 'fr')}${NBSP}${n / scale < 2 ? frWord.slice(0, -1) : frWord} de dollars`
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
