import { emojiOf, missingFrom } from '../parity/entities.js'
import type { Rule } from '../rule.js'

/** `parity/emoji`: both languages use the same emoji. */
export const parityEmoji: Rule = {
  id: 'parity/emoji',
  defaultSetting: 'warn',
  description: 'Both languages use the same emoji (in any order).',
  examples: {
    pass: { en: 'Happy Canada Day! 🇨🇦🎉', fr: 'Bonne fête du Canada! 🇨🇦🎉' },
    fail: { en: 'Happy Canada Day! 🇨🇦🎉', fr: 'Bonne fête du Canada! 🇨🇦' },
  },
  check(context) {
    const en = emojiOf(context, 'en')
    const fr = emojiOf(context, 'fr')
    for (const [lang, extra] of [
      ['en', missingFrom(en, fr, (e) => e.value)],
      ['fr', missingFrom(fr, en, (e) => e.value)],
    ] as const) {
      for (const emoji of extra) context.report({ lang, range: { start: emoji.start, end: emoji.end }, data: { emoji: emoji.value } })
    }
  },
}
