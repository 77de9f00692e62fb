import type { Lang } from '../../post/language.js'
import type { RuleContext } from '../rule.js'

/** A match of a pattern inside prose, with offsets in the whole source. */
export interface ProseMatch {
  readonly match: RegExpExecArray
  readonly start: number
  readonly end: number
  /** The whole source, for looking around the match. */
  readonly source: string
}

/**
 * Every match of `pattern` (which must have the `g` flag) inside the prose of
 * `lang`: URLs, hashtags, mentions, code and HTML are never scanned, so rules
 * built on this never report on or repair them.
 */
export function proseMatches(context: RuleContext, lang: Lang, pattern: RegExp): ProseMatch[] {
  const source = context.source(lang)
  const matches: ProseMatch[] = []
  for (const range of context.prose(lang)) {
    const text = source.slice(range.start, range.end)
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0] === '') {
        pattern.lastIndex++
        continue
      }
      matches.push({ match, start: range.start + match.index, end: range.start + match.index + match[0].length, source })
    }
  }
  return matches
}

/** No-break space (U+00A0), used before `:` and `%`, inside guillemets, between amount and `$`. */
export const NBSP = '\u00a0'
/** Narrow no-break space (U+202F), used before `; ! ?` in France. */
export const NNBSP = '\u202f'

/**
 * Whether two spellings differ only in their spaces (`1 500` with a breakable space against `1 500` with a
 * no-break one): they look alike on screen, so the message names the no-break space instead of repeating them.
 */
export function differsOnlyInSpaces(found: string, expected: string): boolean {
  const plain = (s: string): string => s.replace(/[ \u00a0\u202f]/g, ' ')
  return found !== expected && plain(found) === plain(expected)
}
