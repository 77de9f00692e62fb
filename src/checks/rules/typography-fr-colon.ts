import { NBSP, NNBSP, proseMatches } from '../typography/scan.js'
import type { Rule } from '../rule.js'

/** A colon used as punctuation: followed by a space or the end, not a time or a ratio. Group 1: the space before it. */
const colon = /([ \t\u00a0\u202f]*):(?=\s|$)/g

/** `typography/fr-colon`: a no-break space before the colon in French (Translation Bureau). */
export const typographyFrColon: Rule = {
  id: 'typography/fr-colon',
  defaultSetting: 'warn',
  description: 'French: a no-break space (U+00A0) before the colon, so it never starts a line.',
  examples: {
    pass: { en: 'Notice: closed', fr: 'Avis\u00a0: fermé' },
    fail: { en: 'Notice: closed', fr: 'Avis : fermé' },
  },
  check(context) {
    for (const { match, start, source } of proseMatches(context, 'fr', colon)) {
      const space = match[1] ?? ''
      if (space === NBSP || space === NNBSP) continue
      const colonAt = start + space.length
      if (colonAt === 0 || source[colonAt - 1] === '\n') continue
      context.report({ lang: 'fr', range: { start, end: colonAt }, replacement: NBSP, data: { found: space === '' ? 'none' : 'space' } })
    }
  },
}
