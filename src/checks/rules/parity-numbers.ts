import { toSourceOffset } from '../../text/markdown.js'
import { extractUrls } from '../../text/urls.js'
import type { Lang } from '../../post/language.js'
import { missingFrom } from '../parity/entities.js'
import { type NumericValue, numericValues } from '../parity/values.js'
import type { Rule, RuleContext } from '../rule.js'

/** Most values reported per language, and most listed in each message. */
const maxReported = 20
const maxListed = 10

/** `text` with each hashtag and mention blanked out, keeping offsets. */
function withoutTags(text: string): string {
  return text.includes('#') || text.includes('@') ? text.replace(/[#@][\p{L}\p{N}_]+/gu, (tag) => ' '.repeat(tag.length)) : text
}

/** Numeric values of a language's rendered text, outside URLs, with source ranges. */
function valuesOf(context: RuleContext, lang: Lang): NumericValue[] {
  const rendered = context.plain(lang)
  // Blank out URLs (keeping offsets) so their digits are not read as numbers; built in one
  // pass, as rebuilding the whole text once per URL is quadratic on long texts.
  const pieces: string[] = []
  let from = 0
  for (const url of extractUrls(rendered.text)) {
    pieces.push(rendered.text.slice(from, url.start), ' '.repeat(url.end - url.start))
    from = url.end
  }
  let blanked = rendered.text
  if (pieces.length > 0) {
    pieces.push(rendered.text.slice(from))
    blanked = pieces.join('')
  }
  const text = withoutTags(blanked)
  return numericValues(text, lang).map((v) => ({ key: v.key, text: v.text, start: toSourceOffset(rendered, v.start), end: toSourceOffset(rendered, v.end) }))
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
      if (values.length === 0) continue
      // A few named values say what to fix; thousands (a pasted table, the wrong text) would only bury it.
      const unmatched = others.slice(0, maxListed).map((o) => o.text).join(', ') + (others.length > maxListed ? ', …' : '')
      for (const value of values.slice(0, maxReported)) {
        context.report({
          lang,
          range: { start: value.start, end: value.end },
          data: { value: value.text, normalized: value.key, unmatched: unmatched || '—' },
        })
      }
    }
  },
}
