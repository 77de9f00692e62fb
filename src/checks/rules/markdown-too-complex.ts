import { languages } from '../../post/language.js'
import { markdownTooComplex } from '../../text/markdown.js'
import type { Rule } from '../rule.js'

/**
 * `markdown/too-complex`: a text with thousands of emphasis or link
 * delimiters, or containers nested more than 16 deep, is not parsed (parsers
 * slow down sharply on it); it is taken literally and this rule says so.
 */
export const markdownTooComplexRule: Rule = {
  id: 'markdown/too-complex',
  defaultSetting: 'warn',
  description: 'A text with more than 1,000 `* _ [ ]` or containers nested over 16 deep is not parsed as Markdown but taken literally.',
  examples: {
    pass: { en: 'Flu clinics **open** Monday.', fr: 'Les cliniques **ouvrent** lundi.' },
    fail: { en: 'Flu clinics open Monday.', fr: `${'> '.repeat(20)}Les cliniques ouvrent lundi.` },
  },
  check(context) {
    for (const lang of languages) {
      const problem = markdownTooComplex(context.source(lang))
      if (problem === undefined) continue
      context.report({ messageId: problem.reason, lang, data: { count: problem.count, limit: problem.limit } })
    }
  },
}
