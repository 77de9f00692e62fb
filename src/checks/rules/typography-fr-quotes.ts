import { NBSP, NNBSP, proseMatches } from '../typography/scan.js'
import type { Rule } from '../rule.js'

/** A pair of straight or English curly double quotes on one line: group 1 is the quoted text. */
const englishQuotes = /["“]([^"“”\n]+?)["”]/g
/** Guillemets and the spaces inside them. */
const guillemets = /«([ \t\u00a0\u202f]*)([^«»\n]*?)([ \t\u00a0\u202f]*)»/g

const noBreak = (space: string | undefined): boolean => space === NBSP || space === NNBSP

/** Whether `at` lies between an opening `«` and its closing `»` on the same line. */
function insideGuillemets(source: string, at: number): boolean {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1
  const before = source.slice(lineStart, at)
  return before.lastIndexOf('«') > before.lastIndexOf('»') && source.indexOf('»', at) !== -1
}

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
    for (const { match, start, end, source } of proseMatches(context, 'fr', englishQuotes)) {
      const inner = (match[1] ?? '').trim()
      if (insideGuillemets(source, start)) {
        // Quotes within a quotation are English quotes (Language Portal): “ ” is right, straight quotes become “ ”.
        if (match[0].startsWith('“') && match[0].endsWith('”')) continue
        context.report({ messageId: 'straight', lang: 'fr', range: { start, end }, replacement: `“${inner}”`, data: { quoted: inner } })
        continue
      }
      context.report({ messageId: 'straight', lang: 'fr', range: { start, end }, replacement: `«${NBSP}${inner}${NBSP}»`, data: { quoted: inner } })
    }
    for (const { match, start, end } of proseMatches(context, 'fr', guillemets)) {
      // One no-break space each side, U+00A0 or U+202F (Language Portal).
      if (noBreak(match[1]) && noBreak(match[3])) continue
      const inner = match[2] ?? ''
      context.report({ messageId: 'spacing', lang: 'fr', range: { start, end }, replacement: `«${NBSP}${inner}${NBSP}»`, data: { quoted: inner } })
    }
  },
}
