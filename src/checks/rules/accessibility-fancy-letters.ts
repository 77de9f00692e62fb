import { languages } from '../../post/language.js'
import type { Rule } from '../rule.js'

/**
 * Runs of "fancy" letters: Mathematical Alphanumeric Symbols (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤),
 * enclosed and fullwidth Latin letters, spelled out one by one by screen readers.
 */
const fancyRun = /(?:[\u{1D400}-\u{1D7FF}\u{24B6}-\u{24E9}\u{FF21}-\u{FF3A}\u{FF41}-\u{FF5A}\u{1F130}-\u{1F189}])+/gu

/** `accessibility/fancy-letters`: no math-bold or other styled Unicode letters; the fix writes plain letters (NFKC). */
export const accessibilityFancyLetters: Rule = {
  id: 'accessibility/fancy-letters',
  defaultSetting: 'error',
  description: 'No “fancy” Unicode letters (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤, Ⓒⓘⓡⓒⓛⓔⓓ) that screen readers spell out; the fix writes plain letters.',
  examples: {
    pass: { en: 'New: flu clinics', fr: 'Nouveau\u00a0: cliniques' },
    fail: { en: '𝗡𝗲𝘄: flu clinics', fr: '𝗡𝗼𝘂𝘃𝗲𝗮𝘂\u00a0: cliniques' },
  },
  check(context) {
    for (const lang of languages) {
      for (const match of context.source(lang).matchAll(fancyRun)) {
        const plain = match[0].normalize('NFKC')
        context.report({ lang, range: { start: match.index, end: match.index + match[0].length }, replacement: plain, data: { found: match[0], plain } })
      }
    }
  },
}
