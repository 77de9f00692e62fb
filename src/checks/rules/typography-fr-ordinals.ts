import { proseMatches } from '../typography/scan.js'
import type { Rule } from '../rule.js'

/**
 * Ordinals written the English way or with `ème`/`ère`: group 1 the number, 2 the suffix.
 * The leading `(?=\d)` changes no match; V8 tries the `\b` of an `iu` pattern slowly at every position.
 */
const ordinal = /(?=\d)\b(\d+)(ème|eme|ième|ieme|ère|ere|nd|nde|st|th|rd)\b/giu

function frenchOrdinal(n: number, suffix: string): string {
  const feminine = /^(?:ère|ere|nde)$/i.test(suffix)
  if (n === 1) return feminine ? '1re' : '1er'
  return `${n}e`
}

/** `typography/fr-ordinals`: French ordinals are `1er`, `1re`, `2e` (not `2ème`, `2nd`, `1st`). */
export const typographyFrOrdinals: Rule = {
  id: 'typography/fr-ordinals',
  defaultSetting: 'warn',
  description: 'French: ordinals `1er`, `1re`, `2e`, not `2ème` or `2nd`.',
  examples: {
    pass: { en: 'the 2nd floor', fr: 'le 2e étage' },
    fail: { en: 'the 2nd floor', fr: 'le 2ème étage' },
  },
  check(context) {
    for (const { match, start, end } of proseMatches(context, 'fr', ordinal)) {
      const expected = frenchOrdinal(Number(match[1]), match[2] ?? '')
      context.report({ lang: 'fr', range: { start, end }, replacement: expected, data: { found: match[0], expected } })
    }
  },
}
