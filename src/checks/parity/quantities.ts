import type { Lang } from '../../post/language.js'
import { sortByStart } from '../../text/sort.js'

/** What a quantity measures; values of different kinds never match. */
export type QuantityKind = 'amount' | 'percent' | 'count' | 'date' | 'date-range' | 'time' | 'time-range' | 'duration' | 'ordinal' | 'year' | 'fiscal-year' | 'identifier'

/** A quantity read from a text: its kind, its value as numbers, and where it was written. */
export interface Quantity {
  readonly kind: QuantityKind
  /** `kind:values`, equal in both languages for the same value. */
  readonly key: string
  /** Other readings the written form allows (`1,500` in French, a date without its year). */
  readonly alternates: readonly string[]
  /** Keys of the ends of a range, matched one by one when the other language writes them apart. */
  readonly parts: readonly string[]
  /** The numbers behind the key (a date: year or 0, month, day), for messages. */
  readonly values: readonly number[]
  /** As written. */
  readonly text: string
  readonly start: number
  readonly end: number
  /** A number written as a word (`three`, `deux`): it only stands for a figure of the other language, never reported itself. */
  readonly soft?: boolean
  /**
   * A cardinal word from two to twelve that surely counts something (`three offices`, `deux semaines`; not
   * `les deux`, "both"): two such words that disagree (`three` ↔ `deux`) are a mismatch.
   */
  readonly cardinal?: boolean
}

const S = '[ \\u00a0\\u202f]'
const DASH = '[-\\u2010-\\u2015]'
const variants = (words: readonly string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
const enMonths = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const enShort = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']
const frMonths = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '')
// English month names are capitalised (lower-case `may` is a verb); French ones are lower case, capitalised at a sentence start.
const EN_MONTH = `(?:${variants([...enMonths, ...enShort.map((m) => `${m}\\.?`)]).join('|')})`
const FR_MONTH = `(?:${variants([...frMonths, 'fevrier', 'aout', 'decembre']).join('|')})`
function monthOf(name: string): number {
  const f = fold(name)
  const fr = frMonths.map(fold).indexOf(f)
  if (fr !== -1) return fr + 1
  const en = enMonths.indexOf(f)
  return en !== -1 ? en + 1 : enMonths.findIndex((m) => m.startsWith(f.slice(0, 3))) + 1
}

/** A figure in each language's format (French also read with an English `$`, the form typography rules report). */
const NUM = {
  en: '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[\\u00a0\\u202f]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?',
  fr: '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:,\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?![\\d,])|\\d+(?:,\\d+)?',
} as const
/** Not part of a word or a larger number (`COVID-19`, `H5N1`, `B2`). */
const BEFORE = '(?<![\\p{L}\\d_.,]|\\p{L}[-\\u2010])'
const AFTER = '(?![\\p{L}\\d])'
/**
 * A group of words (`(?:a|b)`, no capture inside) that starts a word: written `(?:a|b)(?<!\\p{L}(?:a|b))` rather
 * than `(?<!\\p{L})(?:a|b)`. Both match alike when no word of the group ends another (test/quantity-patterns.test.ts
 * compares them), and the engine can then look for the words first instead of testing a lookbehind at every
 * place of the text: three times faster on a post.
 */
export const startingWord = (group: string) => `${group}(?<!\\p{L}${group})`

/** Readings of a figure: French `1,500` is a decimal but may be an English thousands slip, French `1.000` the reverse (TB 2.3.1; Juril). */
function readNumber(text: string, lang: Lang): number[] {
  const t = text.replace(/[ \u00a0\u202f]/g, '')
  if (lang === 'en') return [Number(t.replace(/,/g, ''))]
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) return [Number(t.replace(/\./g, '')), Number(t)]
  const n = Number(t.replace(',', '.'))
  return /^[1-9]\d{0,2},\d{3}$/.test(t) ? [n, Number(t.replace(',', ''))] : [n]
}

const scales: Record<string, number> = { k: 1e3, K: 1e3, thousand: 1e3, M: 1e6, million: 1e6, millions: 1e6, B: 1e9, bn: 1e9, billion: 1e9, G: 1e9, milliard: 1e9, milliards: 1e9, trillion: 1e12 }
const round = (n: number) => Math.round(n * 1e6) / 1e6
const key = (kind: QuantityKind, values: readonly number[]) => `${kind}:${values.map(round).join(',')}`

interface Reading {
  readonly kind: QuantityKind
  readonly values: readonly number[]
  readonly alternates?: readonly (readonly number[])[]
  readonly parts?: readonly { kind: QuantityKind; values: readonly number[] }[]
  /** Also a count of this number (a year; French `24 h` may be a duration, `dans les 24 h`). */
  readonly count?: number
}
/** A pattern searched for in a text, and where its matches start when that is known. */
interface Searched {
  readonly re: RegExp
  /** Where every match starts, when that is narrower than anywhere (see {@link Start}). */
  readonly starts?: Start
}
interface Pattern extends Searched {
  readonly read: (m: RegExpExecArray) => readonly Reading[] | undefined
  /**
   * Strings one of which every match holds (`$` for an amount, `%` or `cent` for a percentage): a text
   * holding none is not searched. Most posts hold few of them; test/quantity-patterns.test.ts checks every match.
   */
  readonly needs?: readonly string[]
}

/**
 * Where every match of a pattern starts: at a `digit` (ASCII), or at a `figure`'s first digit (a digit after
 * no digit: the pattern's lookbehind refuses one), unless the text holds one of `otherwise` (`noon`, `midi`, `+`),
 * which a match may start with too. The text is then tried only there, with the pattern made sticky, instead of
 * at every place: a post holds a few figures in hundreds of characters. test/quantity-patterns.test.ts checks
 * that every match of such a pattern starts where it says.
 */
export interface Start {
  readonly at: 'digit' | 'figure'
  readonly otherwise?: readonly string[]
}
const re = (source: string, flags = 'gu') => new RegExp(source, flags)
const digit: Start = { at: 'digit' }
const figure: Start = { at: 'figure' }

function amounts(lang: Lang, a: string | undefined, aScale: string | undefined, b: string | undefined, bScale: string | undefined): Reading[] {
  const scaleB = scales[bScale ?? ''] ?? 1
  const scaleA = scales[aScale ?? ''] ?? (b !== undefined ? scaleB : 1)
  const one = (text: string, scale: number): Reading => {
    const [first, ...others] = readNumber(text, lang).map((n) => n * scale)
    return { kind: 'amount', values: [first!], alternates: others.map((n) => [n]) }
  }
  return b === undefined ? [one(a ?? '', scaleA)] : [one(a ?? '', scaleA), one(b, scaleB)]
}
function numbers(lang: Lang, kind: QuantityKind, ...texts: (string | undefined)[]): Reading[] {
  return texts.filter((t): t is string => t !== undefined).map((t) => numberReading(lang, kind, t))
}
/** A figure written `text` in `lang`, times `scale`: its first reading, and the others as alternates. */
function numberReading(lang: Lang, kind: QuantityKind, text: string, scale = 1): Reading {
  const [first, ...others] = readNumber(text, lang)
  return { kind, values: [first! * scale], alternates: others.map((n) => [n * scale]) }
}
/** A count written `text` in `lang` times its scale word (`2.5 million`), each reading of the figure scaled. */
function scaledCount(lang: Lang, text: string | undefined, scaleWord: string | undefined): Reading[] {
  return text === undefined ? [] : [numberReading(lang, 'count', text, scales[scaleWord ?? ''] ?? 1)]
}
function date(year: string | undefined, month: string, day: string): Reading {
  const values = [Number(year ?? 0), monthOf(month), Number(day)]
  return { kind: 'date', values, alternates: year === undefined ? [] : [[0, values[1]!, values[2]!]] }
}
function dateRange(year: string | undefined, m1: string, d1: string, m2: string, d2: string, list: boolean): Reading[] {
  const a = date(year, m1, d1)
  const b = date(year, m2, d2)
  if (list) return [a, b]
  const values = [...a.values, b.values[1]!, b.values[2]!]
  return [{ kind: 'date-range', values, alternates: year === undefined ? [] : [[0, ...values.slice(1)]], parts: [a, b] }]
}
/** Minutes after midnight of `h[:mm] a.m./p.m.`, `noon`, `midi`… */
function clock(hour: string | undefined, minutes: string | undefined, half: string | undefined, word: string | undefined): number | undefined {
  if (word !== undefined) return /^(?:noon|midi)$/i.test(word) ? 720 : 0
  let h = Number(hour)
  const m = Number(minutes ?? 0)
  if (half !== undefined) {
    if (h < 1 || h > 12) return undefined
    h = (h % 12) + (/p/i.test(half) ? 12 : 0)
  }
  return h > 24 || m > 59 ? undefined : h * 60 + m
}
function time(minutes: number | undefined, ambiguous: boolean): Reading | undefined {
  if (minutes === undefined) return undefined
  // A bare English `1:00` may be a p.m. time written without its half.
  return { kind: 'time', values: [minutes], alternates: ambiguous && minutes < 720 ? [[minutes + 720]] : [] }
}
function timeRange(a: number | undefined, b: number | undefined): Reading[] | undefined {
  if (a === undefined || b === undefined) return undefined
  return [
    {
      kind: 'time-range',
      values: [a, b],
      parts: [
        { kind: 'time', values: [a] },
        { kind: 'time', values: [b] },
      ],
    },
  ]
}

const EN_HALF = `${S}?([ap])\\.?${S}?m\\b\\.?`
const EN_T = `(?:(\\d{1,2})(?::(\\d{2}))?(?:${EN_HALF})?|(noon|midnight|Noon|Midnight))`
const FR_T = `(?:(\\d{1,2})${S}?h(?:${S}?(\\d{2}))?(?![\\p{L}\\d])|(?<![\\p{L}-])(midi|minuit|Midi|Minuit)(?![\\p{L}-]))`
const EN_TO = `(?:${S}*${DASH}${S}*|${S}+(?:to|until|till|through)${S}+)`
const FR_TO = `(?:${S}*${DASH}${S}*|${S}+(?:au|à)${S}+(?:l[ea]${S}+)?)`
const FR_AND = `${S}+et${S}+(?:l[ea]${S}+)?`
const ORD_EN = '(?:st|nd|rd|th)'
const ORD_FR = '(?:er|re|ᵉʳ|ʳᵉ)'

/** Readings of a time range from two matched `EN_T` groups, the first sharing the second's a.m./p.m. when it has none. */
function enTimeRange(m: RegExpExecArray, at: number): Reading[] | undefined {
  const [h1, m1, half1, w1, h2, m2, half2, w2] = m.slice(at, at + 8)
  if (half2 === undefined && w2 === undefined && half1 === undefined && w1 === undefined && (m1 === undefined || m2 === undefined)) return undefined
  const end = clock(h2, m2, half2, w2)
  let start = clock(h1, m1, half1 ?? (w1 === undefined && h1 !== undefined ? half2 : undefined), w1)
  if (half1 === undefined && start !== undefined && end !== undefined && start > end && start >= 720) start -= 720
  return timeRange(start, end)
}

const en: Pattern[] = [
  { re: re(`24${S}?\\/${S}?7|24${S}+hours${S}+a${S}+day(?:,?${S}+7${S}+days${S}+a${S}+week)?`), starts: digit, needs: ['24'], read: () => [{ kind: 'duration', values: [24, 7] }] },
  {
    re: re(`${BEFORE}(\\d{4})-(\\d{2})-(\\d{2})${AFTER}`),
    starts: figure,
    needs: ['-'],
    read: (m) => [{ kind: 'date', values: [Number(m[1]), Number(m[2]), Number(m[3])], alternates: [[0, Number(m[2]), Number(m[3])]] }],
  },
  {
    re: re(`${BEFORE}((?:19|20)\\d{2})${S}?[-\\u2010-\\u2015/]${S}?(\\d{2}|(?:19|20)\\d{2})${AFTER}`),
    starts: figure,
    needs: ['19', '20'],
    read: (m) => (Number(m[2]) % 100 === (Number(m[1]) + 1) % 100 ? [{ kind: 'fiscal-year', values: [Number(m[1])] }] : undefined),
  },
  {
    re: re(
      `(${startingWord(EN_MONTH)})${S}+(\\d{1,2})${ORD_EN}?(?:(${EN_TO}|${S}+and${S}+|,${S}*)(?:(${EN_MONTH})${S}+)?(\\d{1,2})${ORD_EN}?(?![\\d:]|\\.\\d|${S}?[ap]\\.?${S}?m\\b|${S}?%|,\\d))?(?:,?${S}+((?:19|20)\\d{2}))?${AFTER}`,
    ),
    read: (m) => (m[5] === undefined ? [date(m[6], m[1]!, m[2]!)] : dateRange(m[6], m[1]!, m[2]!, m[4] ?? m[1]!, m[5], !/to|until|till|through|[-\u2010-\u2015]/.test(m[3]!))),
  },
  { re: re(`${BEFORE}(\\d{1,2})${ORD_EN}?${S}+(?:of${S}+)?(${EN_MONTH})(?:,?${S}+((?:19|20)\\d{2}))?${AFTER}`), starts: figure, read: (m) => [date(m[3], m[2]!, m[1]!)] },
  { re: re(`${BEFORE}${EN_T}(?:${EN_TO}|${S}+and${S}+)${EN_T}(?![\\p{L}\\d])`), starts: { at: 'figure', otherwise: ['noon', 'Noon', 'midnight', 'Midnight'] }, read: (m) => enTimeRange(m, 1) },
  { re: re(`${BEFORE}(\\d{1,2})(?::(\\d{2}))?${EN_HALF}`), starts: figure, read: (m) => [time(clock(m[1], m[2], m[3], undefined), false)!].filter(Boolean) },
  { re: re(`${BEFORE}(\\d{1,2}):(\\d{2})${AFTER}`), starts: figure, needs: [':'], read: (m) => [time(clock(m[1], m[2], undefined, undefined), Number(m[1]) <= 12)!].filter(Boolean) },
  { re: re(`(?<![\\p{L}-])(noon|midnight|Noon|Midnight)${AFTER}`), needs: ['noon', 'Noon', 'midnight', 'Midnight'], read: (m) => [time(clock(undefined, undefined, undefined, m[1]), false)!] },
  {
    re: re(
      `(?:C|CA|CAD${S}?)?\\$${S}?(${NUM.en})(?:${S}?(million|billion|trillion|thousand|bn|[kKMB])\\b)?(?:${EN_TO}(?:\\$${S}?)?(${NUM.en})(?:${S}?(million|billion|trillion|thousand|bn|[kKMB])\\b)?)?`,
    ),
    needs: ['$'],
    read: (m) => amounts('en', m[1], m[2], m[3], m[4]),
  },
  { re: re(`${BEFORE}(${NUM.en})(?:${S}?(million|billion))?${S}+dollars\\b`), starts: figure, needs: ['dollars'], read: (m) => amounts('en', m[1], m[2], undefined, undefined) },
  {
    re: re(`${BEFORE}(${NUM.en})(?:${S}?%|${S}?(?:per${S}?cent|percent)\\b)?(?:${EN_TO}|${S}+and${S}+)(${NUM.en})${S}?(?:%|(?:per${S}?cent|percent|percentage${S}+points?)\\b)`),
    starts: figure,
    needs: ['%', 'cent'],
    read: (m) => numbers('en', 'percent', m[1], m[2]),
  },
  { re: re(`${BEFORE}(${NUM.en})${S}?(?:%|(?:per${S}?cent|percent|percentage${S}+points?)\\b)`), starts: figure, needs: ['%', 'cent'], read: (m) => numbers('en', 'percent', m[1]) },
  { re: re(`${BEFORE}(\\d+)${ORD_EN}${AFTER}`), starts: figure, read: (m) => [{ kind: 'ordinal', values: [Number(m[1])] }] },
  { re: re(`${BEFORE}((?:19|20)\\d{2})${AFTER}`), starts: figure, needs: ['19', '20'], read: (m) => [{ kind: 'year', values: [Number(m[1])], count: Number(m[1]) }] },
  {
    re: re(`${BEFORE}(${NUM.en})(?:${S}?(million|billion|trillion))?${AFTER}`),
    starts: figure,
    read: (m) => scaledCount('en', m[1], m[2]),
  },
]

const fr: Pattern[] = [
  {
    re: re(`24${S}?h(?:eures)?${S}?(?:\\/|sur)${S}?24(?:,?${S}*(?:et${S}+)?7${S}?j(?:ours)?${S}?(?:\\/|sur)${S}?7)?|7${S}?j(?:ours)?${S}?(?:\\/|sur)${S}?7|24\\/7`),
    starts: digit,
    needs: ['24', '7'],
    read: () => [{ kind: 'duration', values: [24, 7] }],
  },
  en[1]!,
  en[2]!,
  {
    re: re(`${BEFORE}(\\d{1,2})${ORD_FR}?(?:${S}+(${FR_MONTH}))?(${FR_TO}|${FR_AND})(\\d{1,2})${ORD_FR}?${S}+(${FR_MONTH})(?:${S}+((?:19|20)\\d{2}))?${AFTER}`),
    starts: figure,
    read: (m) => dateRange(m[6], m[2] ?? m[5]!, m[1]!, m[5]!, m[4]!, /et/.test(m[3]!)),
  },
  { re: re(`${BEFORE}(\\d{1,2})(?:${ORD_FR}|ᵉʳ)?${S}+(${FR_MONTH})(?:${S}+((?:19|20)\\d{2}))?${AFTER}`), starts: figure, read: (m) => [date(m[3], m[2]!, m[1]!)] },
  {
    // `(?=[\\dmM])`: a range starts with a figure or `midi`/`minuit`; said first, it spares the engine both lookbehinds at every other place (5× faster).
    re: re(`(?=[\\dmM])${BEFORE}${FR_T}(?:${S}*${DASH}${S}*|${S}+(?:à|et)${S}+)${FR_T}`),
    starts: { at: 'figure', otherwise: ['midi', 'Midi', 'minuit', 'Minuit'] },
    read: (m) => timeRange(clock(m[1], m[2], undefined, m[3]), clock(m[4], m[5], undefined, m[6])),
  },
  {
    re: re(`${BEFORE}(\\d{1,2})${S}?(?:h|hres?|hrs?)(?:${S}?(\\d{2}))?(?![\\p{L}\\d])`),
    starts: figure,
    read: (m) => [{ kind: 'time', values: [clock(m[1], m[2], undefined, undefined) ?? -1], ...(m[2] === undefined ? { count: Number(m[1]) } : {}) }],
  },
  { re: re(`(?<![\\p{L}-])(midi|minuit|Midi|Minuit)(?![\\p{L}-])`), needs: ['midi', 'Midi', 'minuit', 'Minuit'], read: (m) => [time(clock(undefined, undefined, undefined, m[1]), false)!] },
  // English forms in a French text (`2:30 p.m.`, `$25`): typography rules report the form, so parity reads the value.
  en[5]!,
  en[6]!,
  { re: re(`${BEFORE}(\\d{1,2}):(\\d{2})${AFTER}`), starts: figure, needs: [':'], read: (m) => [time(clock(m[1], m[2], undefined, undefined), false)!].filter(Boolean) },
  {
    re: re(
      `${BEFORE}(${NUM.fr})(?:${S}?(millions?|milliards?|[kMG])(?=${S}?(?:\\$|de${S}+dollars)))?(?:${FR_TO}|${FR_AND})(${NUM.fr})${S}?(?:(millions?|milliards?|[kMG])${S}?)?(?:\\$|(?:de${S}+)?dollars\\b)`,
    ),
    starts: figure,
    needs: ['$', 'dollars'],
    read: (m) => amounts('fr', m[1], m[2], m[3], m[4]),
  },
  {
    re: re(`${BEFORE}(${NUM.fr})${S}?(?:(millions?|milliards?|[kMG])${S}?)?(?:\\$|(?:de${S}+)?dollars\\b)`),
    starts: figure,
    needs: ['$', 'dollars'],
    read: (m) => amounts('fr', m[1], m[2], undefined, undefined),
  },
  { re: re(`\\$${S}?(${NUM.fr})(?:${S}?(million|billion|[kMB])\\b)?`), needs: ['$'], read: (m) => amounts('fr', m[1], m[2], undefined, undefined) },
  {
    re: re(`${BEFORE}(${NUM.fr})(?:${S}?%)?(?:${FR_TO}|${FR_AND})(${NUM.fr})${S}?(?:%|(?:pour${S}?cent|points?${S}+de${S}+pourcentage)\\b)`),
    starts: figure,
    needs: ['%', 'cent'],
    read: (m) => numbers('fr', 'percent', m[1], m[2]),
  },
  { re: re(`${BEFORE}(${NUM.fr})${S}?(?:%|(?:pour${S}?cent|points?${S}+de${S}+pourcentage)\\b)`), starts: figure, needs: ['%', 'cent'], read: (m) => numbers('fr', 'percent', m[1]) },
  { re: re(`${BEFORE}(\\d+)(?:ers?|res?|es?|èmes?|emes?|ièmes?|è|ᵉʳ|ʳᵉ|ᵉ|nd|st|rd|th)${AFTER}`), starts: figure, read: (m) => [{ kind: 'ordinal', values: [Number(m[1])] }] },
  en[14]!,
  {
    re: re(`${BEFORE}(${NUM.fr})(?:${S}+(millions?|milliards?))?${AFTER}`),
    starts: figure,
    read: (m) => scaledCount('fr', m[1], m[2]),
  },
]
const patterns: Readonly<Record<Lang, readonly Pattern[]>> = { en, fr }

/** Words that name the number after them: a file, a form, a model, a lot… */
const NUMBER_NAMES =
  '(?:[Ff]ile|[Cc]ase|[Rr]eference|[Rr]ef\\.|[Pp]rogram(?:me)?|[Vv]ersion|[Ff]orm|[Pp]ermit|[Ll]ot|[Mm]odel|[Ss]erial|UPC|CUP|NOC|CNP|[Dd]ossier|[Rr]éférence|[Ff]ormulaire|[Pp]ermis|[Mm]odèle|[Nn]o\\.|[Nn]uméro|n°|[Nn]º|[Cc]ode)'
/**
 * Identifiers: numbers that name things, never amounts (TB 2.3.1: « on ne sépare pas les tranches de trois
 * chiffres dans les nombres qui ont une fonction de numérotage »). Read first (e-mail addresses by
 * {@link emailRanges}, then these), compared as exact strings.
 */
const identifierPatterns: readonly Searched[] = [
  // A phone number starts with `+`, `(` or a figure: said first, it spares the lookbehind at every other place (3× faster).
  {
    re: /(?=[+(\d])(?<![\d\p{L}])(?:\+?1[ \u00a0\u202f.-]?)?(?:\(\d{3}\)[ \u00a0\u202f]?|\d{3}[ \u00a0\u202f.-])\d{3}[ \u00a0\u202f.-]\d{4}(?!\d)/gu,
    starts: { at: 'figure', otherwise: ['+', '('] },
  },
  { re: /(?<![\d\p{L}])1[ \u00a0-]8[0-9]{2}[ \u00a0-][A-Z](?:-?[A-Za-z])+/gu, starts: figure },
  { re: /(?<![\p{L}\d])[A-Z]\d[A-Z][ \u00a0\u202f-]?\d[A-Z]\d(?![\p{L}\d])/gu },
  { re: /(?<![\p{L}\d])[CS]-\d{1,4}(?![\d])/gu },
  { re: new RegExp(`${startingWord(NUMBER_NAMES)}[ \\u00a0\\u202f:#]*(?=[\\p{L}\\d]*\\d)([\\p{L}\\d][\\p{L}\\d./-]*(?:[ \\u00a0](?=\\d)\\d+)*)`, 'gu') },
  { re: /(?<![\p{L}\d])v\d+(?:\.\d+)+/gu },
]

/** Each pattern that says where its matches start, made sticky: tried at one place. */
const stickyTwins: ReadonlyMap<RegExp, RegExp> = new Map(
  [...en, ...fr, ...identifierPatterns].flatMap(({ re: pattern, starts }) => (starts === undefined ? [] : [[pattern, new RegExp(pattern.source, pattern.flags.replace('g', 'y'))] as const])),
)

const isDigit = (code: number) => code >= 0x30 && code <= 0x39

const asciiDigit = /[0-9]/g

/** Offsets of the ASCII digits of `text`, where the patterns that start at a digit are tried (found by the pattern engine: 3× faster than a loop over the units). */
function digitsOf(text: string): number[] {
  const found: number[] = []
  asciiDigit.lastIndex = 0
  while (asciiDigit.test(text)) found.push(asciiDigit.lastIndex - 1)
  return found
}

/**
 * The non-empty matches of a pattern in `text`, one after another, as its global `exec` finds them. A pattern
 * that says where its matches start (see {@link Start}) is tried only at the `digits` that are still digits
 * in `text` (what was read is blanked), sticky: the first place it matches is the one `exec` would find, as
 * no match starts anywhere else.
 */
function matchesOf({ re: pattern, starts }: Searched, text: string, digits: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  const sticky = starts === undefined || starts.otherwise?.some((word) => text.includes(word)) ? undefined : stickyTwins.get(pattern)
  if (sticky === undefined) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0] === '') pattern.lastIndex++
      else found.push(m)
    }
    return found
  }
  const figureOnly = starts?.at === 'figure'
  let from = 0
  for (const at of digits) {
    if (at < from || !isDigit(text.charCodeAt(at)) || (figureOnly && isDigit(text.charCodeAt(at - 1)))) continue
    sticky.lastIndex = at
    const m = sticky.exec(text)
    if (m === null || m[0] === '') continue
    found.push(m)
    from = at + m[0].length
  }
  return found
}

/** `[\w.+-]`: a character of an e-mail address before its `@`. */
const isLocalPart = (code: number) => isDomainPart(code) || code === 0x2e || code === 0x2b
/** `[\w-]`: a character of a label of an e-mail domain. */
const isDomainPart = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d

/**
 * The e-mail addresses of `text`, as the pattern `/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g` finds them one after
 * another, found from each `@`: that pattern, tried at every place of the text, reads each word to its end
 * again and again, and cost a tenth of a post's reading of quantities.
 */
export function emailRanges(text: string): [number, number][] {
  const found: [number, number][] = []
  const n = text.length
  // Where the pattern would resume: an address never starts before the end of the one before it.
  let from = 0
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > from && isLocalPart(text.charCodeAt(start - 1))) start--
    if (start === at) continue
    let end = at + 1
    while (end < n && isDomainPart(text.charCodeAt(end))) end++
    if (end === at + 1) continue
    let labels = 0
    while (end + 1 < n && text.charCodeAt(end) === 0x2e && isDomainPart(text.charCodeAt(end + 1))) {
      end += 2
      while (end < n && isDomainPart(text.charCodeAt(end))) end++
      labels++
    }
    if (labels === 0) continue
    found.push([start, end])
    from = end
    at = end - 1
  }
  return found
}

/** An identifier as written at `start`, compared by `named` (the number a word names) or else all of it. */
function identifier(written: string, named: string | undefined, start: number): Quantity {
  return { kind: 'identifier', key: identifierKey(named ?? written), alternates: [], parts: [], values: [], text: written, start, end: start + written.length }
}

/** The value an identifier is compared by: its letters and digits (`1-800-622-6232` = `1 800 622-6232`). */
function identifierKey(text: string): string {
  const plain = text.replace(/[^\p{L}\d]/gu, '').toUpperCase()
  return `identifier:${/^1\d{10}$/.test(plain) ? plain.slice(1) : plain}`
}

/** Numbers written as words: they stand for a figure in the other language (`three offices` ↔ `3 bureaux`). */
const words: Record<Lang, Record<string, number>> = {
  en: Object.fromEntries(
    ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
      .map((w, i): [string, number] => [w, i])
      .concat([
        ['twenty', 20],
        ['thirty', 30],
        ['forty', 40],
        ['fifty', 50],
        ['hundred', 100],
        ['dozen', 12],
        ['first', 1],
        ['second', 2],
        ['third', 3],
        ['fourth', 4],
        ['fifth', 5],
      ]),
  ),
  fr: Object.fromEntries(
    ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze']
      .map((w, i): [string, number] => [w, i])
      .concat([
        ['une', 1],
        ['vingt', 20],
        ['trente', 30],
        ['quarante', 40],
        ['cinquante', 50],
        ['cent', 100],
        ['douzaine', 12],
        ['premier', 1],
        ['première', 1],
        ['deuxième', 2],
        ['second', 2],
        ['seconde', 2],
        ['troisième', 3],
        ['quatrième', 4],
        ['cinquième', 5],
      ]),
  ),
}
/** `words` as a group, longest first, so `une` is not tried as `un` plus a letter. */
const groupOf = (words: Iterable<string>) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`
/** A whole word of a group (see {@link startingWord}), in any case. */
const wholeWord = (group: string, flags: string) => new RegExp(`${startingWord(group)}(?![\\p{L}])`, flags)

const cardinals: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']),
  fr: new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze']),
}
const numberWordGroups: Record<Lang, string> = { en: groupOf(Object.keys(words.en)), fr: groupOf(Object.keys(words.fr)) }
const cardinalGroups: Record<Lang, string> = { en: groupOf(cardinals.en), fr: groupOf(cardinals.fr) }
/** A whole word of {@link words}: only these are looked at, rather than every word of the text. */
const numberWord: Record<Lang, RegExp> = { en: wholeWord(numberWordGroups.en, 'giu'), fr: wholeWord(numberWordGroups.fr, 'giu') }
/** Any of {@link cardinals} as a whole word, for the check's fast path: the same list, not a copy. */
const cardinalWord: Record<Lang, RegExp> = { en: wholeWord(cardinalGroups.en, 'iu'), fr: wholeWord(cardinalGroups.fr, 'iu') }
/** `les deux`, `tous les deux`, `des deux côtés`: "both", not a count to compare. */
const both = /(?:^|[^\p{L}])(?:[Ll]es|[Dd]es|[Aa]ux)[ \u00a0]+$/u

/** The word groups written with {@link startingWord}, and their flags: for the test that compares both writings. */
export function startingWordGroups(): readonly { readonly group: string; readonly flags: string }[] {
  return [
    { group: EN_MONTH, flags: 'gu' },
    { group: NUMBER_NAMES, flags: 'gu' },
    ...(['en', 'fr'] as const).flatMap((lang) => [
      { group: numberWordGroups[lang], flags: 'giu' },
      { group: cardinalGroups[lang], flags: 'giu' },
    ]),
  ]
}

/**
 * `text` with each range blanked, keeping offsets; built in one pass (one rebuild per range is quadratic).
 * Blanked with NUL, which no pattern reads as a space, so a later match cannot reach across what was read.
 */
function blank(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return text
  const pieces: string[] = []
  let from = 0
  for (const [start, end] of ranges) {
    pieces.push(text.slice(from, start), '\0'.repeat(end - start))
    from = end
  }
  pieces.push(text.slice(from))
  return pieces.join('')
}

/** The figure patterns that say what they need (see `Pattern.needs`), for the test that checks every match holds it. */
export function patternsWithNeeds(): readonly { readonly lang: Lang; readonly pattern: RegExp; readonly needs: readonly string[] }[] {
  return (['en', 'fr'] as const).flatMap((lang) => patterns[lang].flatMap(({ re: pattern, needs }) => (needs === undefined ? [] : [{ lang, pattern, needs }])))
}

/** The figure and identifier patterns that say where their matches start (see `Start`), for the test that checks every match. */
export function patternsWithStarts(): readonly { readonly pattern: RegExp; readonly starts: Start }[] {
  return [...new Set([...en, ...fr, ...identifierPatterns])].flatMap(({ re: pattern, starts }) => (starts === undefined ? [] : [{ pattern, starts }]))
}

/** Does `text` hold a count in words (`three`, `deux`) that {@link readQuantities} reads with `withWords`? */
export function mayHoldCardinals(text: string, lang: Lang): boolean {
  return cardinalWord[lang].test(text)
}

/** Does `text` hold anything {@link readQuantities} may read? (A text with no digit holds only `noon`/`midi` words.) */
export function mayHoldQuantities(text: string): boolean {
  return /\d|noon|midnight|midi|minuit/i.test(text)
}

/**
 * Quantities of `text` in `lang`, each with its kind and value, and identifiers (phone numbers, postal codes,
 * bill and file numbers) as kind `identifier`. Number words come with `soft: true`.
 *
 * @example
 * readQuantities('From May 3 to 9, 1:00–2:30 p.m. ET', 'en').map((q) => q.key) // ['date-range:0,5,3,5,9', 'time-range:780,870']
 */
export function readQuantities(text: string, lang: Lang, withWords = false): Quantity[] {
  const figures = readFigures(text, lang)
  return withWords ? withNumberWords(figures, readNumberWords(text, lang)) : figures
}

/**
 * The number words of `text` (`three`, `deux`), as soft counts. They are read apart from the figures and never
 * change how a figure reads, so {@link readFigures} plus these is `readQuantities(text, lang, true)`.
 */
export function readNumberWords(text: string, lang: Lang): Quantity[] {
  const found: Quantity[] = []
  // exec on the pattern itself: matchAll would copy it for every text.
  const pattern = numberWord[lang]
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // The table decides, as for any word: a case-insensitive match the table's lower case does not hold is not a number word.
    const value = words[lang][m[0].toLowerCase()]
    if (value === undefined) continue
    const cardinal = cardinals[lang].has(m[0].toLowerCase()) && !(lang === 'fr' && both.test(text.slice(Math.max(0, m.index - 8), m.index)))
    found.push(quantity({ kind: 'count', values: [value] }, m[0], m.index, true, cardinal))
  }
  return found
}

/** Figures and number words of one text in text order, a word first where both start at one place. */
export function withNumberWords(figures: readonly Quantity[], numberWords: readonly Quantity[]): Quantity[] {
  return numberWords.length === 0 ? [...figures] : sortByStart([...numberWords, ...figures])
}

/** The quantities of `text` written in figures (and `noon`, `midi`…), identifiers included, in text order. */
export function readFigures(text: string, lang: Lang): Quantity[] {
  const found: Quantity[] = []
  if (!mayHoldQuantities(text)) return found
  let rest = text
  const digits = digitsOf(text)
  if (digits.length > 0) {
    const emails = emailRanges(rest)
    for (const [start, end] of emails) found.push(identifier(rest.slice(start, end), undefined, start))
    rest = blank(rest, emails)
    for (const searched of identifierPatterns) {
      const ranges: [number, number][] = []
      for (const m of matchesOf(searched, rest, digits)) {
        found.push(identifier(m[0], m[1], m.index))
        ranges.push([m.index, m.index + m[0].length])
      }
      rest = blank(rest, ranges)
    }
  }
  for (const pattern of patterns[lang]) {
    const { read, needs } = pattern
    if (needs !== undefined && !needs.some((need) => rest.includes(need))) continue
    const ranges: [number, number][] = []
    for (const m of matchesOf(pattern, rest, digits)) {
      const readings = read(m)?.filter((r) => r.values.every((v) => Number.isFinite(v) && v >= 0) && !(r.kind.startsWith('date') && (r.values[1]! < 1 || r.values[2]! < 1 || r.values[2]! > 31)))
      if (readings === undefined || readings.length === 0) continue
      for (const r of readings) found.push(quantity(r, text.slice(m.index, m.index + m[0].length), m.index))
      ranges.push([m.index, m.index + m[0].length])
    }
    // Blank what was read so a date's day is not read again as a count.
    rest = blank(rest, ranges)
  }
  return sortByStart(found)
}

function quantity(r: Reading, text: string, start: number, soft = false, cardinal = false): Quantity {
  const alternates = r.alternates === undefined ? [] : r.alternates.map((a) => key(r.kind, a))
  if (r.count !== undefined) alternates.push(key('count', [r.count]))
  // Built key by key, soft and cardinal only when set: a spread per quantity cost more than reading it.
  const q: Writable<Quantity> = {
    kind: r.kind,
    key: key(r.kind, r.values),
    alternates,
    parts: r.parts === undefined ? [] : r.parts.map((p) => key(p.kind, p.values)),
    values: r.values,
    text,
    start,
    end: start + text.length,
  }
  if (soft) q.soft = true
  if (cardinal) q.cardinal = true
  return q
}

type Writable<T> = { -readonly [K in keyof T]: T[K] }

/** `q` written at `[start, end)` instead (the same quantity, mapped back to the source). */
export function movedTo(q: Quantity, start: number, end: number): Quantity {
  const moved: Writable<Quantity> = { kind: q.kind, key: q.key, alternates: q.alternates, parts: q.parts, values: q.values, text: q.text, start, end }
  if (q.soft !== undefined) moved.soft = q.soft
  if (q.cardinal !== undefined) moved.cardinal = q.cardinal
  return moved
}
