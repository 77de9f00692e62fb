import type { Bilingual, Lang } from '../post/language.js'
import type { PlatformId } from '../platforms/types.js'

/** How serious a diagnostic is. `error` makes a report fail. */
export type Severity = 'error' | 'warning' | 'info'

/** A place in a Markdown source: 1-based line and column, 0-based UTF-16 offset (as in vfile). */
export interface Point {
  readonly line: number
  readonly column: number
  readonly offset: number
}

/** A range in a Markdown source. */
export interface Position {
  readonly start: Point
  readonly end: Point
}

/** Which text of a post a diagnostic is about. */
/** `media`: the post's media as a whole (their count); `media.<i>`: one item (its format, its URL). */
export type Field = 'text' | 'title' | 'media' | `media.${number}` | `media.${number}.alt` | 'displayName' | 'bio' | 'website' | 'handle' | 'comment'

/** A safe, mechanical repair: replace `range` (0-based offsets) of `lang`'s `field` with `replacement`. */
export interface Fix {
  readonly lang: Lang
  readonly field: Field
  readonly range: { readonly start: number; readonly end: number }
  readonly replacement: string
}

/**
 * One problem found in a post, modelled on vfile-message: a stable rule id, a
 * severity, where it is, structured data, and a message in both official languages.
 */
export interface Diagnostic {
  /** Stable identifier of the rule, e.g. `length/over-limit`. */
  readonly ruleId: string
  readonly severity: Severity
  /** Language of the text concerned, when one is. */
  readonly lang?: Lang
  /** Platform concerned, when one is. */
  readonly platform?: PlatformId
  /** Text of the post concerned (`text` unless said otherwise). */
  readonly field: Field
  /** Where in the Markdown source of `lang`, when the problem has a place. */
  readonly position?: Position
  /** Facts behind the message, e.g. `{ length: 297, limit: 280, over: 17 }`. */
  readonly data: Readonly<Record<string, unknown>>
  /** The message in English and in French. */
  readonly message: Bilingual<string>
  /** A safe repair, when one exists. */
  readonly fix?: Fix
  /** Key of the message in the `rules` namespace, for hosts that reword messages. */
  readonly messageKey: string
}

/** Offsets at which the lines of `source` start. */
export function lineStartsOf(source: string): readonly number[] {
  // A plain array: a typed array costs more to make than the few lookups of a check save.
  const starts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

function pointIn(source: string, starts: readonly number[], offset: number): Point {
  const clamped = Math.max(0, Math.min(offset, source.length))
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((starts[mid] as number) <= clamped) low = mid
    else high = mid - 1
  }
  return Object.freeze({ line: low + 1, column: clamped - (starts[low] as number) + 1, offset: clamped })
}

/**
 * Converts a 0-based offset in `source` to a 1-based line/column point (binary search over line starts).
 * `starts` are the source's {@link lineStartsOf}, for a caller that converts many offsets of one source
 * in one call; nothing is remembered from call to call.
 */
export function pointAt(source: string, offset: number, starts: readonly number[] = lineStartsOf(source)): Point {
  return pointIn(source, starts, offset)
}

/** The position of the range `[start, end)` of `source`; `starts` are its {@link lineStartsOf}, when the caller keeps them. */
export function positionOf(source: string, start: number, end: number, starts: readonly number[] = lineStartsOf(source)): Position {
  return Object.freeze({ start: pointIn(source, starts, start), end: pointIn(source, starts, end) })
}
