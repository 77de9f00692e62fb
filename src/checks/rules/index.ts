import type { Rule } from '../rule.js'
import { lengthAltText } from './length-alt-text.js'
import { lengthNearLimit } from './length-near-limit.js'
import { lengthOverLimit } from './length-over-limit.js'

/**
 * Every check rule, in report order. A new rule is one file in this folder,
 * a line here, and its messages in `locales/en/rules.json` and `locales/fr/rules.json`.
 */
export const allRules: readonly Rule[] = [
  // length
  lengthOverLimit,
  lengthNearLimit,
  lengthAltText,
  // parity
  // typography
  // accessibility
  // conduct
]
