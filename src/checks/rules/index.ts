import type { Rule } from '../rule.js'

/**
 * Every check rule, in report order. A new rule is one file in this folder,
 * a line here, and its messages in `locales/en/rules.json` and `locales/fr/rules.json`.
 */
export const allRules: readonly Rule[] = [
  // length
  // parity
  // typography
  // accessibility
  // conduct
]
