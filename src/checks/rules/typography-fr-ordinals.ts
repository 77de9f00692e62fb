import { proseMatches } from '../typography/scan.js'
import type { Rule } from '../rule.js'

/**
 * Ordinals written the English way or with `ème`/`ère`/`è`, singular or plural: group 1 the number, 2 the suffix.
 * Ends on a non-letter rather than `\b`, since `è` is no word character for `\b`.
 * The leading `(?=\d)` changes no match; V8 tries the lookbehind of a `u` pattern slowly at every position.
 */
const ordinal = /(?=\d)(?<![\p{L}\p{N}])(\d+)(ièmes?|iemes?|èmes?|emes?|ères?|eres?|ndes?|nds?|st|th|rd|è)(?![\p{L}\p{N}])/giu
const months = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'
/** The first of a month written as a cardinal: `le 1 janvier`, `du 1 au 5 juin` (TB 2.4.2: « le 1er décembre », not « le 1 »). */
const firstOfMonth = new RegExp(
  String.raw`(?=1)(?<![\p{L}\p{N},.\-/])1(?=[ \u00a0\u202f](?:${months})(?![\p{L}])|[ \u00a0\u202f]au[ \u00a0\u202f]\d{1,2}[ \u00a0\u202f](?:${months})(?![\p{L}]))`,
  'giu',
)

/** TB/OQLF forms: `1er`, `1re`, `2e`; plural `1ers`, `1res`, `2es`. */
function frenchOrdinal(n: number, suffix: string): string {
  const lower = suffix.toLowerCase()
  const plural = lower.length > 2 && lower.endsWith('s')
  const feminine = /^(?:ères?|eres?|ndes?)$/.test(lower)
  if (n === 1) return `1${feminine ? 're' : 'er'}${plural ? 's' : ''}`
  return `${n}e${plural ? 's' : ''}`
}

/** `typography/fr-ordinals`: French ordinals are `1er`, `1re`, `2e`, `2es` (not `2ème`, `1ères`, `3è`, `2nd`), and `le 1er janvier`. */
export const typographyFrOrdinals: Rule = {
  id: 'typography/fr-ordinals',
  defaultSetting: 'warn',
  description: 'French: ordinals `1er`, `1re`, `2e`, `2es`, not `2ème`, `3è` or `2nd`; the first of a month is `1er`.',
  examples: {
    pass: { en: 'the 2nd floor', fr: 'le 2e étage' },
    fail: { en: 'the 2nd floor', fr: 'le 2ème étage' },
  },
  check(context) {
    for (const { match, start, end } of proseMatches(context, 'fr', ordinal)) {
      const expected = frenchOrdinal(Number(match[1]), match[2] ?? '')
      context.report({ lang: 'fr', range: { start, end }, replacement: expected, data: { found: match[0], expected } })
    }
    for (const { start, end } of proseMatches(context, 'fr', firstOfMonth)) {
      context.report({ lang: 'fr', range: { start, end }, replacement: '1er', data: { found: '1', expected: '1er' } })
    }
  },
}
