import { frenchNumber } from '../typography/french-number.js'
import { NBSP, proseMatches } from '../typography/scan.js'
import type { Rule } from '../rule.js'

/** (Not the minutes of a French time, `14 h 30`.) English thousands commas (`1,500`), a decimal point with one or two decimals (`1.5`), or thousands with a breakable space (`10 000`). */
const number = /(?<![\d.,$])(?<!h[ \u00a0\u202f])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,2}|(?<!\d[\u00a0\u202f])\d{1,3}(?: \d{3})+(?![\u00a0\u202f]\d))(?![\d.,]\d)(?![ \u00a0\u202f]?\$(?!\d))/g

/** `typography/fr-numbers`: French numbers use a no-break space between thousands and a decimal comma. */
export const typographyFrNumbers: Rule = {
  id: 'typography/fr-numbers',
  defaultSetting: 'warn',
  description: 'French: a no-break space between thousands (`1\u00a0500`) and a decimal comma (`1,5`).',
  examples: {
    pass: { en: '1,500 people, 1.5 times', fr: '1\u00a0500 personnes, 1,5 fois' },
    fail: { en: '1,500 people, 1.5 times', fr: '1,500 personnes, 1.5 fois' },
  },
  check(context) {
    for (const { match, start, end } of proseMatches(context, 'fr', number)) {
      const fixed = frenchNumber(match[0].replace(/ /g, NBSP))
      if (fixed === match[0]) continue
      context.report({ lang: 'fr', range: { start, end }, replacement: fixed, data: { found: match[0], expected: fixed } })
    }
  },
}
