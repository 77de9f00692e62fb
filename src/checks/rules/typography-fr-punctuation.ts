import { NNBSP, proseMatches } from '../typography/scan.js'
import type { Rule } from '../rule.js'

/**
 * `; ! ?` after a word (letter, digit, closing quote or bracket), with any spaces between.
 * The leading lookahead changes no match; it spares the Unicode lookbehind at every
 * position that starts no `spaces, then ; ! ?` (this pattern was the slowest of the check).
 */
const punctuation = /(?=[ \t\u00a0\u202f]*[;!?])(?<=[\p{L}\p{N}»”"')\]%])([ \t\u00a0\u202f]*)([;!?])/gu

/**
 * `typography/fr-punctuation`: before `; ! ?`, Canadian usage puts no space
 * (Translation Bureau); France puts a narrow no-break space. The convention is
 * the `frenchPunctuation` option, `canada` by default.
 */
export const typographyFrPunctuation: Rule = {
  id: 'typography/fr-punctuation',
  defaultSetting: 'warn',
  description: 'French: no space or a narrow no-break space before `; ! ?` (Canadian usage), or a narrow no-break space with `frenchPunctuation: "france"`.',
  examples: {
    pass: { en: 'Closed!', fr: 'Fermé!' },
    fail: { en: 'Closed!', fr: 'Fermé !' },
  },
  check(context) {
    const convention = context.options.frenchPunctuation ?? 'canada'
    const wanted = convention === 'canada' ? '' : NNBSP
    for (const { match, start } of proseMatches(context, 'fr', punctuation)) {
      const space = match[1] ?? ''
      // Canada: no space, or a narrow no-break space where one is available (Language Portal, OQLF).
      if (space === wanted || (convention === 'canada' && space === NNBSP)) continue
      context.report({
        messageId: convention,
        lang: 'fr',
        range: { start, end: start + space.length },
        replacement: wanted,
        data: { mark: match[2] },
      })
    }
  },
}
