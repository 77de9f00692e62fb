import { NBSP, proseMatches, differsOnlyInSpaces } from '../typography/scan.js'
import type { Rule } from '../rule.js'

const gap = '[ \\t\\u00a0\\u202f]?'
/**
 * Times not written the French way: `2:30 p.m.` / `9 am` (group 1 hour, 2 minutes, 3 a|p),
 * `14:30` (4, 5), `14h30` / `14 h 30` with breakable or missing spaces, `14 hres` (6, unit 7, minutes 8).
 * TB 1.1.12: not `14 h 00` nor `14 hres`; U+202F is as right as U+00A0 around the `h`.
 */
const time = new RegExp(
  `(?<![\\d:])(\\d{1,2})(?::(\\d{2}))?${gap}([ap])\\.?${gap}m\\b\\.?|(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])|(?<![\\d])(\\d{1,2})${gap}(h|hres?|hrs?)(?:${gap}(\\d{2}))?(?![\\p{L}\\d])`,
  'giu',
)

function frenchTime(hour: number, minutes: string | undefined): string {
  return minutes === undefined || minutes === '00' ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${minutes}`
}

/** `typography/fr-time`: French times are on the 24-hour clock with `h` and no-break spaces: `14\u00a0h\u00a030`, `9\u00a0h`. */
export const typographyFrTime: Rule = {
  id: 'typography/fr-time',
  defaultSetting: 'warn',
  description: 'French: 24-hour times with `h` and no-break spaces (`14\u00a0h\u00a030`, `9\u00a0h`), not `2:30 p.m.` or `14h30`.',
  examples: {
    pass: { en: 'at 2:30 pm', fr: 'à 14\u00a0h\u00a030' },
    fail: { en: 'at 2:30 pm', fr: 'à 2:30 p.m.' },
  },
  check(context) {
    for (const { match, start, end } of proseMatches(context, 'fr', time)) {
      let expected: string
      if (match[3] !== undefined) {
        const hour = (Number(match[1]) % 12) + (match[3].toLowerCase() === 'p' ? 12 : 0)
        expected = frenchTime(hour, match[2])
      } else if (match[4] !== undefined) {
        if (Number(match[4]) > 23 || Number(match[5]) > 59) continue
        expected = frenchTime(Number(match[4]), match[5])
      } else {
        if (Number(match[6]) > 24) continue
        expected = frenchTime(Number(match[6]), match[8])
      }
      if (expected === match[0].replace(/\u202f/g, NBSP)) continue
      context.report({ ...(differsOnlyInSpaces(match[0], expected) ? { messageId: 'space' } : {}), lang: 'fr', range: { start, end }, replacement: expected, data: { found: match[0], expected } })
    }
  },
}
