import { NBSP, proseMatches } from '../typography/scan.js'
import type { Rule } from '../rule.js'

/** A pair of straight or English curly double quotes on one line: group 1 is the quoted text. */
const englishQuotes = /["“]([^"“”\n]+?)["”]/g
/** Guillemets whose inside spaces are not no-break spaces. */
const looseGuillemets = /«([ \t\u202f]*)([^«»\n]*?)([ \t\u202f]*)»/g

/** `typography/fr-quotes`: French quotes are guillemets with no-break spaces inside: `«\u00a0texte\u00a0»`. */
export const typographyFrQuotes: Rule = {
  id: 'typography/fr-quotes',
  defaultSetting: 'warn',
  description: 'French: guillemets with no-break spaces inside (`«\u00a0texte\u00a0»`), not straight or English quotes.',
  examples: {
    pass: { en: '"Wash your hands"', fr: '«\u00a0Lavez-vous les mains\u00a0»' },
    fail: { en: '"Wash your hands"', fr: '"Lavez-vous les mains"' },
  },
  check(context) {
    for (const { match, start, end } of proseMatches(context, 'fr', englishQuotes)) {
      const inner = (match[1] ?? '').trim()
      context.report({ messageId: 'straight', lang: 'fr', range: { start, end }, replacement: `«${NBSP}${inner}${NBSP}»`, data: { quoted: inner } })
    }
    for (const { match, start, end } of proseMatches(context, 'fr', looseGuillemets)) {
      if (match[1] === '' && match[3] === '' && (match[2] ?? '').startsWith(NBSP) && (match[2] ?? '').endsWith(NBSP)) continue
      const inner = (match[2] ?? '').replace(/^\u00a0+|\u00a0+$/g, '')
      context.report({ messageId: 'spacing', lang: 'fr', range: { start, end }, replacement: `«${NBSP}${inner}${NBSP}»`, data: { quoted: inner } })
    }
  },
}
