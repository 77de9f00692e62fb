import type { Lang } from '../../post/language.js'
import { sortByStart } from '../../text/sort.js'

/** A number, amount, percentage, time or date found in a text, in a form both languages share. */
export interface NumericValue {
  /** Canonical form: `amount:1500`, `percent:15`, `time:14:30`, `date:12-01`, `number:2027`. */
  readonly key: string
  /** As written. */
  readonly text: string
  /** Range in the text it was found in. */
  readonly start: number
  readonly end: number
}

const months = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
}
const enMonthAlternation = `${months.en.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`
const frMonthAlternation = `${months.fr.join('|')}|fevrier|aout|decembre`
const enMonthShort = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '')
const frMonthsWithoutAccents = months.fr.map(withoutAccents)

function monthNumber(name: string, lang: Lang): number {
  const lower = name.toLowerCase().replace(/\.$/, '')
  if (lang === 'fr') return frMonthsWithoutAccents.indexOf(withoutAccents(lower)) + 1
  const full = months.en.indexOf(lower)
  return full !== -1 ? full + 1 : enMonthShort.indexOf(lower.slice(0, 3)) + 1
}

const space = '[ \\u00a0\\u202f]'
/**
 * Lookaheads for the first character of a match, put before the `\b` of the
 * case-insensitive Unicode (`iu`) patterns: they change no match (every match
 * starts with a digit, or with the first letter of a month), but V8 tries such
 * a `\b` slowly at every position, and the lookahead rules most positions out at once.
 */
const digitStart = '(?=\\d)'
const monthStart = '(?=[adfjmnos])'
const pad = (n: number) => String(n).padStart(2, '0')

/** A pattern of values and the key of each match. */
interface ValuePattern {
  readonly re: RegExp
  readonly key: (m: RegExpExecArray) => string | undefined
}

/** Patterns, most specific first; each match consumes its characters so a date's day is not also a number. */
export const valuePatterns: Readonly<Record<Lang, readonly ValuePattern[]>> = {
  en: [
    {
      re: new RegExp(`${monthStart}\\b(${enMonthAlternation})\\.?${space}+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'giu'),
      key: (m) => `date:${pad(monthNumber(m[1] as string, 'en'))}-${pad(Number(m[2]))}`,
    },
    {
      re: new RegExp(`${digitStart}\\b(\\d{1,2})(?:st|nd|rd|th)?${space}+(?:of${space}+)?(${enMonthAlternation})\\b`, 'giu'),
      key: (m) => `date:${pad(monthNumber(m[2] as string, 'en'))}-${pad(Number(m[1]))}`,
    },
    {
      re: new RegExp(`${digitStart}\\b(\\d{1,2})(?::(\\d{2}))?${space}?([ap])\\.?${space}?m\\b\\.?`, 'giu'),
      key: (m) => {
        const hour = Number(m[1]) % 12 + ((m[3] as string).toLowerCase() === 'p' ? 12 : 0)
        return `time:${pad(hour)}:${m[2] ?? '00'}`
      },
    },
    { re: /\b(\d{1,2}):(\d{2})\b/g, key: (m) => `time:${pad(Number(m[1]))}:${m[2]}` },
    {
      re: new RegExp(`\\$${space}?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?|(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?${space}?(?:\\$|dollars\\b)`, 'giu'),
      key: (m) => `amount:${canonicalNumber(m[1] ?? m[3] ?? '', m[2] ?? m[4], ',')}`,
    },
    {
      re: new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?${space}?(?:%|per${space}?cent\\b|percent\\b)`, 'giu'),
      key: (m) => `percent:${canonicalNumber(m[1] ?? '', m[2], ',')}`,
    },
    { re: /\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\b/g, key: (m) => `number:${canonicalNumber(m[1] ?? '', m[2], ',')}` },
  ],
  fr: [
    {
      re: new RegExp(`${digitStart}\\b(\\d{1,2})(?:er|re)?${space}+(${frMonthAlternation})\\b`, 'giu'),
      key: (m) => `date:${pad(monthNumber(m[2] as string, 'fr'))}-${pad(Number(m[1]))}`,
    },
    {
      re: new RegExp(`${digitStart}\\b(\\d{1,2})${space}?h(?:${space}?(\\d{2}))?(?![\\p{L}\\d])`, 'giu'),
      key: (m) => `time:${pad(Number(m[1]))}:${m[2] ?? '00'}`,
    },
    { re: /\b(\d{1,2}):(\d{2})\b/g, key: (m) => `time:${pad(Number(m[1]))}:${m[2]}` },
    {
      re: new RegExp(`(\\d{1,3}(?:${space}\\d{3})+|\\d+)(?:,(\\d+))?${space}?(?:\\$|dollars\\b)|\\$${space}?(\\d{1,3}(?:${space}\\d{3})+|\\d+)(?:,(\\d+))?`, 'giu'),
      key: (m) => `amount:${canonicalNumber(m[1] ?? m[3] ?? '', m[2] ?? m[4], ' ')}`,
    },
    {
      re: new RegExp(`(\\d{1,3}(?:${space}\\d{3})+|\\d+)(?:,(\\d+))?${space}?(?:%|pour${space}?cent\\b)`, 'giu'),
      key: (m) => `percent:${canonicalNumber(m[1] ?? '', m[2], ' ')}`,
    },
    {
      re: new RegExp(`\\b(\\d{1,3}(?:${space}\\d{3})+(?!\\d)|\\d+)(?:,(\\d+))?\\b`, 'gu'),
      key: (m) => `number:${canonicalNumber(m[1] ?? '', m[2], ' ')}`,
    },
  ],
}

function canonicalNumber(whole: string, fraction: string | undefined, groupSeparator: string): string {
  // Most numbers have no group separator and no fraction: nothing to take out.
  const digits = /^\d*$/.test(whole) ? whole : whole.split(groupSeparator === ',' ? ',' : /[ \u00a0\u202f]/).join('')
  const trimmed = fraction?.replace(/0+$/, '')
  return `${Number(digits)}${trimmed ? `.${trimmed}` : ''}`
}

/** Values found before a table of taken characters pays for itself (a text holds a handful). */
const fewValues = 16

/**
 * True when a character of `[start, end)` belongs to a value already found:
 * compared with each value while there are few (a typed array per text cost
 * more than the rest of the scan), looked up in `taken` once there are many.
 */
function isTaken(values: readonly NumericValue[], taken: Uint8Array | undefined, start: number, end: number): boolean {
  if (taken === undefined) return values.some((value) => value.start < end && start < value.end)
  for (let i = start; i < end; i++) if (taken[i] === 1) return true
  return false
}

/**
 * Numbers, amounts, percentages, times and dates in `text`, normalised so the
 * English `$1,500`, `2:30 p.m.`, `15%`, `January 5` equal the French
 * `1 500 $`, `14 h 30`, `15 %`, `5 janvier`.
 */
export function numericValues(text: string, lang: Lang): NumericValue[] {
  if (!/\d/.test(text)) return []
  let taken: Uint8Array | undefined
  const values: NumericValue[] = []
  for (const { re, key } of valuePatterns[lang]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (m[0] === '') {
        re.lastIndex++
        continue
      }
      if (isTaken(values, taken, start, end)) continue
      const canonical = key(m)
      if (canonical === undefined || canonical.includes('NaN') || canonical.includes('-00')) continue
      values.push({ key: canonical, text: m[0], start, end })
      if (taken !== undefined) taken.fill(1, start, end)
      else if (values.length > fewValues) {
        taken = new Uint8Array(text.length)
        for (const value of values) taken.fill(1, value.start, value.end)
      }
    }
  }
  return sortByStart(values)
}
