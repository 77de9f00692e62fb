import type { Rule } from '../rule.js'
import { accessibilityEmojiCount } from './accessibility-emoji-count.js'
import { accessibilityFancyLetters } from './accessibility-fancy-letters.js'
import { accessibilityHashtagCase } from './accessibility-hashtag-case.js'
import { conductPartisan } from './conduct-partisan.js'
import { conductPoliticalHashtag } from './conduct-political-hashtag.js'
import { lengthAltText } from './length-alt-text.js'
import { lengthNearLimit } from './length-near-limit.js'
import { lengthOverLimit } from './length-over-limit.js'
import { linksMisleadingLabelRule } from './links-misleading-label.js'
import { markdownTooComplexRule } from './markdown-too-complex.js'
import { mediaAltText } from './media-alt-text.js'
import { mediaCount } from './media-count.js'
import { mediaFormat } from './media-format.js'
import { mediaRequired } from './media-required.js'
import { mediaUrl } from './media-url.js'
import { parityAltText } from './parity-alt-text.js'
import { parityEmoji } from './parity-emoji.js'
import { parityHashtags } from './parity-hashtags.js'
import { parityLinkLanguage } from './parity-link-language.js'
import { parityLinks } from './parity-links.js'
import { parityMentions } from './parity-mentions.js'
import { parityMissingLanguage } from './parity-missing-language.js'
import { parityNumbers } from './parity-numbers.js'
import { parityUntranslated } from './parity-untranslated.js'
import { typographyFrColon } from './typography-fr-colon.js'
import { typographyFrCurrency } from './typography-fr-currency.js'
import { typographyFrNumbers } from './typography-fr-numbers.js'
import { typographyFrOrdinals } from './typography-fr-ordinals.js'
import { typographyFrPercent } from './typography-fr-percent.js'
import { typographyFrPunctuation } from './typography-fr-punctuation.js'
import { typographyFrQuotes } from './typography-fr-quotes.js'
import { typographyFrTime } from './typography-fr-time.js'

/**
 * Every check rule, in report order. A new rule is one file in this folder,
 * a line here, and its messages in `locales/en/rules.json` and `locales/fr/rules.json`.
 */
export const allRules: readonly Rule[] = [
  // length
  lengthOverLimit,
  lengthNearLimit,
  lengthAltText,
  // media
  mediaRequired,
  mediaCount,
  mediaFormat,
  mediaUrl,
  mediaAltText,
  // markdown
  markdownTooComplexRule,
  linksMisleadingLabelRule,
  // parity
  parityMissingLanguage,
  parityUntranslated,
  parityLinks,
  parityLinkLanguage,
  parityHashtags,
  parityMentions,
  parityNumbers,
  parityAltText,
  parityEmoji,
  // typography
  typographyFrColon,
  typographyFrPunctuation,
  typographyFrQuotes,
  typographyFrNumbers,
  typographyFrCurrency,
  typographyFrPercent,
  typographyFrTime,
  typographyFrOrdinals,
  // accessibility
  accessibilityHashtagCase,
  accessibilityFancyLetters,
  accessibilityEmojiCount,
  // conduct
  conductPartisan,
  conductPoliticalHashtag,
]
