import { frenchNumber } from '../typography/french-number.js'
import { NBSP, proseMatches, differsOnlyInSpaces } from '../typography/scan.js'
import type { Rule } from '../rule.js'

const amount = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?`
/**
 * `$5M`, `$2.5B`, `$5 million`, `$2.5 billion` (groups 1–3: amount, abbreviation, word);
 * `$25` or `$ 1,500.50` (symbol first; with a space only when no amount stands just before it,
 * since `25 $ 15` is an amount then another number) (group 4), or `25$`, `25 $` with a breakable space
 * (symbol after; not when the `$` starts an amount of its own, as in `14h30 $25`) (groups 5, 6).
 */
const dollars = new RegExp(
  String.raw`\$[ \u00a0]?(${amount})(?:[ \u00a0]?([MGB])\b|[ \u00a0](millions?|milliards?|billions?)\b)` +
    String.raw`|(?:\$|(?<!\d[ \u00a0\u202f]?)\$[ \u00a0])(${amount})(?![\d])|(?<![\d.,])(${amount})([ \t\u202f\u00a0]?)\$(?!\d)`,
  'g',
)

/** OQLF: « 2,5 millions de dollars »; a French plural from 2 on. English `billion` is a French `milliard`. */
function scaleWords(written: string, scale: string): string {
  const french = frenchNumber(written)
  const value = Number(french.replace(/[\u00a0\u202f]/g, '').replace(',', '.'))
  const word = /^[MG]$/.test(scale) ? (scale === 'M' ? 'million' : 'milliard') : scale.startsWith('m') && !scale.startsWith('milliard') ? 'million' : 'milliard'
  return `${french} ${word}${value >= 2 ? 's' : ''} de dollars`
}

/** `typography/fr-currency`: French amounts put the symbol after, with a no-break space: `25\u00a0$`, `5\u00a0M$`. */
export const typographyFrCurrency: Rule = {
  id: 'typography/fr-currency',
  defaultSetting: 'warn',
  description: 'French: the amount, a no-break space, then the symbol (`25\u00a0$`, `1\u00a0500,50\u00a0$`, `5\u00a0M$`).',
  examples: {
    pass: { en: '$25', fr: '25\u00a0$' },
    fail: { en: '$25', fr: '$25' },
  },
  check(context) {
    for (const { match, start, end } of proseMatches(context, 'fr', dollars)) {
      if (match[1] !== undefined) {
        const abbreviation = match[2]
        // `$5M` = `5 M$`; `$2.5B` = `2,5 G$` (OQLF, federal usage); `$5 million` = `5 millions de dollars`.
        const expected = abbreviation !== undefined ? `${frenchNumber(match[1])}${NBSP}${abbreviation === 'M' ? 'M' : 'G'}$` : scaleWords(match[1], match[3] ?? '')
        context.report({ ...(differsOnlyInSpaces(match[0], expected) ? { messageId: 'space' } : {}), lang: 'fr', range: { start, end }, replacement: expected, data: { found: match[0], expected } })
        continue
      }
      const written = match[4] ?? match[5] ?? ''
      if (match[5] !== undefined && /^\d{1,3}[.,]\d{3}$/.test(written)) {
        // `1,500 $` or `1.500 $` after the French order: thousands or decimals? Asked, never fixed.
        if (match[6] === NBSP || match[6] === '\u202f') continue
        context.report({ messageId: 'ambiguous', lang: 'fr', range: { start, end }, data: { found: match[0] } })
        continue
      }
      const expected = `${frenchNumber(written)}${NBSP}$`
      if (match[0].replace(/\u202f/g, NBSP) === expected) continue
      context.report({ ...(differsOnlyInSpaces(match[0], expected) ? { messageId: 'space' } : {}), lang: 'fr', range: { start, end }, replacement: expected, data: { found: match[0], expected } })
    }
  },
}
