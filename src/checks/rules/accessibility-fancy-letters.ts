import { languages } from '../../post/language.js'
import type { Rule } from '../rule.js'

/**
 * Runs of "fancy" letters: Mathematical Alphanumeric Symbols (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤),
 * enclosed and fullwidth Latin letters, spelled out one by one by screen readers.
 */
export const fancyRun = /(?:[\u{1D400}-\u{1D7FF}\u{24B6}-\u{24E9}\u{FF21}-\u{FF3A}\u{FF41}-\u{FF5A}\u{1F130}-\u{1F189}])+/gu
const fancyRunAt = new RegExp(fancyRun.source, 'uy')
/** Code units a run can start with: the BMP ranges, and the first halves of U+1D400–1D7FF (D835) and U+1F130–1F189 (D83C). */
const fancyStart = /[\u24b6-\u24e9\uff21-\uff3a\uff41-\uff5a\ud835\ud83c]/g

/**
 * The runs {@link fancyRun} finds, the pattern tried only where one can start:
 * its Unicode scan of every character of a text cost more than the rule's
 * other work, and most texts hold no such letter at all.
 */
export function fancyRuns(text: string): RegExpExecArray[] {
  const runs: RegExpExecArray[] = []
  fancyStart.lastIndex = 0
  for (let start = fancyStart.exec(text); start !== null; start = fancyStart.exec(text)) {
    fancyRunAt.lastIndex = start.index
    const run = fancyRunAt.exec(text)
    if (run === null) continue
    runs.push(run)
    fancyStart.lastIndex = start.index + run[0].length
  }
  return runs
}

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
      for (const match of fancyRuns(context.source(lang))) {
        const plain = match[0].normalize('NFKC')
        context.report({ lang, range: { start: match.index, end: match.index + match[0].length }, replacement: plain, data: { found: match[0], plain } })
      }
    }
  },
}
