import { frenchNumber } from '../typography/french-number.js'
import { NBSP, proseMatches } from '../typography/scan.js'
import type { Rule } from '../rule.js'

const amount = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?`
/**
 * `$25` or `$ 1,500.50` (symbol first; with a space only when no amount stands just before it,
 * since `25 $ 15` is an amount then another number), or `25$`, `25 $` with a breakable space
 * (symbol after; not when the `$` starts an amount of its own, as in `14h30 $25`).
 */
const dollars = new RegExp(
  String.raw`(?:\$|(?<!\d[ \u00a0\u202f]?)\$[ \u00a0])(${amount})(?![\d])|(?<![\d.,])(${amount})([ \t\u202f]?)\$(?!\d)`,
  'g',
)

/** `typography/fr-currency`: French amounts put the symbol after, with a no-break space: `25\u00a0$`. */
export const typographyFrCurrency: Rule = {
  id: 'typography/fr-currency',
  defaultSetting: 'warn',
  description: 'French: the amount, a no-break space, then the symbol (`25\u00a0$`, `1\u00a0500,50\u00a0$`).',
  examples: {
    pass: { en: '$25', fr: '25\u00a0$' },
    fail: { en: '$25', fr: '$25' },
  },
  check(context) {
    for (const { match, start, end } of proseMatches(context, 'fr', dollars)) {
      const written = match[1] ?? match[2] ?? ''
      const expected = `${frenchNumber(written)}${NBSP}$`
      if (match[0] === expected) continue
      context.report({ lang: 'fr', range: { start, end }, replacement: expected, data: { found: match[0], expected } })
    }
  },
}
