import { languages } from '../../post/language.js'
import { emojiOf } from '../parity/entities.js'
import type { Rule } from '../rule.js'

/** Default most emoji per text; each one is read out in full by screen readers. */
export const defaultMaxEmoji = 3

/** `accessibility/emoji-count`: at most `maxEmoji` (default 3) emoji per text. */
export const accessibilityEmojiCount: Rule = {
  id: 'accessibility/emoji-count',
  defaultSetting: 'warn',
  description: 'At most `maxEmoji` (default 3) emoji per text: screen readers read each one’s full name.',
  examples: {
    pass: { en: 'Happy Canada Day! 🇨🇦', fr: 'Bonne fête du Canada! 🇨🇦' },
    fail: { en: 'Happy Canada Day! 🇨🇦🎉🎆🍁', fr: 'Bonne fête du Canada! 🇨🇦🎉🎆🍁' },
  },
  check(context) {
    const max = context.options.maxEmoji ?? defaultMaxEmoji
    for (const lang of languages) {
      const emoji = emojiOf(context, lang)
      if (emoji.length <= max) continue
      const first = emoji[max]!
      context.report({ lang, range: { start: first.start, end: emoji.at(-1)!.end }, data: { count: emoji.length, max } })
    }
  },
}
