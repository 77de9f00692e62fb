import { frenchNumber } from '../typography/french-number.js'
import { NBSP, proseMatches, differsOnlyInSpaces } from '../typography/scan.js'
import type { Rule } from '../rule.js'

/**
 * Candidates (not the minutes of a French time, `14 h 30`; not part of a code, version, phone number or amount in `$`):
 * English thousands (`1,500,000`, `1,500.50`), a single group after a comma or point (`1,000`, `1.000`, `2,125`),
 * a decimal point (`1.5`), thousands with a breakable space (`10 000`), or five or more ungrouped digits (`63206`).
 */
const number =
  /(?<![\p{L}\p{N}.,$\-/#°])(?<!h[ \u00a0\u202f])(?:\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3},\d{3}\.\d+|\d{1,3}[.,]\d{3}|\d+\.\d{1,2}|(?<!\d[\u00a0\u202f])\d{1,3}(?: \d{3})+(?![ \u00a0\u202f]\d)|\d{5,7})(?![\p{L}\p{N}]|[.,\-/]\d)(?![ \u00a0\u202f]?(?:\$|M\$|G\$)(?![\p{N}]))/gu

/** Words after which a number numbers something (TB 2.3.1: « fonction de numérotage »): never grouped nor changed. */
const numbering =
  /(?:\b(?:articles?|art\.|sections?|paragraphes?|alinéas?|chapitres?|annexes?|versions?|dossiers?|n[°o]s?|numéros?|pages?|p\.|règlements?|formulaires?|cases?|lignes?|programmes?|concours|projets? de loi|loi|référence|réf\.|code|bureau|local|salle|vol|rapport|avis|demande|poste|matricule|catalogue)|[A-Z]-)[ \u00a0\u202f]*$/iu

/** A product code written in groups (`CUP 0 12345 67890 5`, CFIA recall tables) or a lot number is an identifier, never grouped. */
const productCode = /\b(?:CUP|UPC|GTIN|EAN|lots?|n[°o] de lot)\)?[ \u00a0\u202f]*:?[ \u00a0\u202f]*(?:\d+[ \u00a0\u202f]+)*$/iu

/** `typography/fr-numbers`: French quantities use a no-break space between thousands and a decimal comma. */
export const typographyFrNumbers: Rule = {
  id: 'typography/fr-numbers',
  defaultSetting: 'warn',
  description: 'French: a no-break space between thousands (`1\u00a0500`) and a decimal comma (`1,5`); `1,000` or `1.000` is asked about.',
  examples: {
    pass: { en: '1,500,000 people, 1.5 times', fr: '1\u00a0500\u00a0000 personnes, 1,5 fois' },
    fail: { en: '1,500,000 people, 1.5 times', fr: '1,500,000 personnes, 1.5 fois' },
  },
  check(context) {
    for (const { match, start, end, source } of proseMatches(context, 'fr', number)) {
      const written = match[0]
      const before = source.slice(Math.max(0, start - 30), start)
      if (numbering.test(before) || productCode.test(before)) continue
      // A toll-free prefix written with spaces (`1 800 O-Canada`, `1 866 555-0199`, as canada.ca writes it) is a phone number.
      if (/^1 8\d\d$/.test(written) && /^[ \u00a0\u202f-][\p{Lu}\d]/u.test(source.slice(end, end + 2))) continue
      if (/^\d{4}$/.test(written)) continue
      if (/^\d{1,3},\d{3}$/.test(written)) {
        // A decimal comma is the French rule (Juril), so `2,125` and `0,250` are decimals and right;
        // only `1,000`-like figures, which look like English thousands, are asked about, never fixed.
        if (written.startsWith('0') || !written.endsWith('000')) continue
        context.report({ messageId: 'ambiguous', lang: 'fr', range: { start, end }, data: { found: written } })
        continue
      }
      if (/^\d{1,3}\.\d{3}$/.test(written)) {
        // `1.000` may be an English decimal or a European thousand: a fix could change the value.
        context.report({ messageId: 'ambiguous', lang: 'fr', range: { start, end }, data: { found: written } })
        continue
      }
      const fixed = frenchNumber(written.replace(/ /g, NBSP))
      if (fixed === written) continue
      context.report({ ...(differsOnlyInSpaces(written, fixed) ? { messageId: 'space' } : {}), lang: 'fr', range: { start, end }, replacement: fixed, data: { found: written, expected: fixed } })
    }
  },
}
