import { toSourceOffset } from '../../text/markdown.js'
import { extractUrls } from '../../text/urls.js'
import type { Lang } from '../../post/language.js'
import { missingFrom } from '../parity/entities.js'
import { type NumericValue, numericValues } from '../parity/values.js'
import type { Rule, RuleContext } from '../rule.js'

/** Numeric values of a language's rendered text, outside URLs, with source ranges. */
function valuesOf(context: RuleContext, lang: Lang): NumericValue[] {
  const rendered = context.plain(lang)
  let text = rendered.text
  // Blank out URLs (keeping offsets) so their digits are not read as numbers.
  for (const url of extractUrls(text)) text = text.slice(0, url.start) + ' '.repeat(url.end - url.start) + text.slice(url.end)
  text = text.replace(/[#@][\p{L}\p{N}_]+/gu, (tag) => ' '.repeat(tag.length))
  return numericValues(text, lang).map((v) => ({ ...v, start: toSourceOffset(rendered, v.start), end: toSourceOffset(rendered, v.end) }))
}

/** `parity/numbers`: numbers, amounts, percentages, dates and times agree once each language’s format is normalised. */
export const parityNumbers: Rule = {
  id: 'parity/numbers',
  defaultSetting: 'error',
  description: 'Numbers, amounts, percentages, dates and times agree once each language’s format is normalised (`$1,500` ≡ `1 500 $`, `2:30 p.m.` ≡ `14 h 30`).',
  examples: {
    pass: { en: 'Apply by January 15 and earn $1,500 at 2:30 p.m.', fr: 'Postulez d’ici le 15 janvier et gagnez 1\u00a0500\u00a0$ à 14\u00a0h\u00a030.' },
    fail: { en: 'Apply by January 15 and earn $1,500.', fr: 'Postulez d’ici le 16 janvier et gagnez 1\u00a0500\u00a0$.' },
  },
  check(context) {
    const en = valuesOf(context, 'en')
    const fr = valuesOf(context, 'fr')
    const onlyEn = missingFrom(en, fr, (v) => v.key)
    const onlyFr = missingFrom(fr, en, (v) => v.key)
    for (const [lang, values, others] of [['en', onlyEn, onlyFr], ['fr', onlyFr, onlyEn]] as const) {
      for (const value of values) {
        context.report({
          lang,
          range: { start: value.start, end: value.end },
          data: { value: value.text, normalized: value.key, unmatched: others.map((o) => o.text).join(', ') || '—' },
        })
      }
    }
  },
}
