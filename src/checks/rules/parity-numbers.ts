import { toSourceOffset } from '../../text/markdown.js'
import { extractUrls } from '../../text/urls.js'
import type { Lang } from '../../post/language.js'
import { compareQuantities, listQuantities, mismatches } from '../parity/compare.js'
import { type Quantity, mayHoldCardinals, mayHoldQuantities, movedTo, readFigures, readNumberWords, withNumberWords } from '../parity/quantities.js'
import type { Rule, RuleContext } from '../rule.js'

/** Most values listed on each side of a message: thousands (a pasted table, the wrong text) would only bury the fix. */
const maxListed = 10

/** `text` with each hashtag and mention blanked out, keeping offsets. */
function withoutTags(text: string): string {
  return text.includes('#') || text.includes('@') ? text.replace(/(?<![\w.+-])[#@][\p{L}\p{N}_]+/gu, (tag) => ' '.repeat(tag.length)) : text
}

/** A language's rendered text with URLs, handles and hashtags blanked (offsets kept), and the way back to the source. */
interface Readable {
  readonly text: string
  readonly toSource: (q: Quantity) => Quantity
}

function readableOf(context: RuleContext, lang: Lang): Readable {
  const rendered = context.plain(lang)
  // Blank out URLs (keeping offsets) so their digits are not read; built in one pass, as one rebuild per URL is quadratic.
  const pieces: string[] = []
  let from = 0
  for (const url of extractUrls(rendered.text)) {
    pieces.push(rendered.text.slice(from, url.start), ' '.repeat(url.end - url.start))
    from = url.end
  }
  pieces.push(rendered.text.slice(from))
  const span = rendered.spans[0]
  // A text rendered as written (most posts) has its offsets already: no copy of each quantity.
  const asWritten = rendered.spans.length === 1 && span !== undefined && span.start === 0 && span.sourceStart === 0 && span.end === span.sourceEnd && span.end === rendered.text.length
  return {
    text: withoutTags(pieces.join('')),
    toSource: asWritten ? (q) => q : (q) => movedTo(q, toSourceOffset(rendered, q.start), toSourceOffset(rendered, q.end)),
  }
}

/**
 * `parity/numbers`: both languages hold the same quantities, compared as values of a kind (amount, percentage,
 * count, date, date range, time, time range, duration, ordinal, year, fiscal year), not as strings:
 * `$2.5 billion` ≡ `2,5 G$`, `May 3 to 9` ≡ `du 3 au 9 mai`, `1:00–2:30 p.m.` ≡ `de 13 h à 14 h 30`, `noon` ≡ `midi`.
 * Phone numbers, postal codes, bill and file numbers are identifiers, compared as exact strings.
 * Each mismatch is one diagnostic naming both sides' values.
 */
export const parityNumbers: Rule = {
  id: 'parity/numbers',
  defaultSetting: 'error',
  description:
    'Numbers, amounts, percentages, dates and times mean the same in both languages (`$1,500` ≡ `1 500 $`, `May 3–9` ≡ `du 3 au 9 mai`, `2:30 p.m.` ≡ `14 h 30`); identifiers match exactly.',
  examples: {
    pass: { en: 'Apply by January 15 and earn $1,500 at 2:30 p.m.', fr: 'Postulez d’ici le 15 janvier et gagnez 1\u00a0500\u00a0$ à 14\u00a0h\u00a030.' },
    fail: { en: 'Apply by January 15 and earn $1,500.', fr: 'Postulez d’ici le 16 janvier et gagnez 1\u00a0500\u00a0$.' },
  },
  check(context) {
    // Counts in words on both sides (`three` ↔ `deux`) are compared with each other even where no figure is.
    const wordsBothSides = mayHoldCardinals(context.source('en'), 'en') && mayHoldCardinals(context.source('fr'), 'fr')
    // Fast path: text with no digit and no `noon`/`midi` holds nothing else to compare.
    if (!wordsBothSides && !mayHoldQuantities(context.source('en')) && !mayHoldQuantities(context.source('fr'))) return
    const readable = { en: readableOf(context, 'en'), fr: readableOf(context, 'fr') }
    const figures = { en: readFigures(readable.en.text, 'en'), fr: readFigures(readable.fr.text, 'fr') }
    let unmatched = compareQuantities(figures.en.map(readable.en.toSource), figures.fr.map(readable.fr.toSource))
    if (unmatched.en.length === 0 && unmatched.fr.length === 0 && !wordsBothSides) return
    // Only now read number words, which may stand for the figures left over (`three` ↔ `3`); they never change how a figure reads.
    const withWords = (lang: Lang) => withNumberWords(figures[lang], readNumberWords(readable[lang].text, lang)).map(readable[lang].toSource)
    unmatched = compareQuantities(withWords('en'), withWords('fr'))
    for (const group of mismatches(unmatched)) {
      const at = group.fr[0] ?? group.en[0]
      if (at === undefined) continue
      const messageId = group.en.length === 0 ? 'onlyFr' : group.fr.length === 0 ? 'onlyEn' : 'differ'
      context.report({
        messageId,
        lang: group.fr.length > 0 ? 'fr' : 'en',
        range: { start: at.start, end: at.end },
        data: {
          en: listQuantities(group.en, 'en', maxListed),
          fr: listQuantities(group.fr, 'en', maxListed),
          enFr: listQuantities(group.en, 'fr', maxListed),
          frFr: listQuantities(group.fr, 'fr', maxListed),
          kind: at.kind,
        },
      })
    }
  },
}
