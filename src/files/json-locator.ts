/**
 * Finds where values stand in a JSON text, so that a diagnostic about a
 * post's French text can point at the character in the `.json` file, not just
 * in the decoded string. Runs only on text that `JSON.parse` accepted, so it
 * can be a plain scanner with no error handling of its own.
 */

/** Where one value stands in the JSON text: `[start, end)` offsets, strings including their quotes. */
export interface JsonSpan {
  readonly start: number
  readonly end: number
  readonly kind: 'object' | 'array' | 'string' | 'other'
  /** For a member of an object: offset of its key's opening quote (an unknown key is pointed at there). */
  readonly keyStart?: number
}

/** Key of a path in the map {@link locateJsonValues} returns. */
export function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path)
}

const whitespace = new Set([' ', '\t', '\n', '\r'])

/** The span of every value of a valid JSON text, by {@link pathKey} of its path. */
export function locateJsonValues(text: string): ReadonlyMap<string, JsonSpan> {
  const spans = new Map<string, JsonSpan>()
  let at = 0
  const skip = () => {
    while (at < text.length && whitespace.has(text[at] as string)) at++
  }
  const stringEnd = (start: number): number => {
    let i = start + 1
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    return i + 1
  }
  const value = (path: (string | number)[], keyStart?: number): void => {
    skip()
    const start = at
    const span = (end: number, kind: JsonSpan['kind']): JsonSpan => (keyStart === undefined ? { start, end, kind } : { start, end, kind, keyStart })
    const char = text[at]
    if (char === '{') {
      at++
      skip()
      while (text[at] !== '}') {
        const keyAt = at
        const keyEnd = stringEnd(at)
        const key = JSON.parse(text.slice(at, keyEnd)) as string
        at = keyEnd
        skip()
        at++ // ':'
        value([...path, key], keyAt)
        skip()
        if (text[at] === ',') at++
        skip()
      }
      at++
      spans.set(pathKey(path), span(at, 'object'))
    } else if (char === '[') {
      at++
      skip()
      for (let index = 0; text[at] !== ']'; index++) {
        value([...path, index])
        skip()
        if (text[at] === ',') at++
        skip()
      }
      at++
      spans.set(pathKey(path), span(at, 'array'))
    } else if (char === '"') {
      at = stringEnd(at)
      spans.set(pathKey(path), span(at, 'string'))
    } else {
      while (at < text.length && !/[\s,\]}]/.test(text[at] as string)) at++
      spans.set(pathKey(path), span(at, 'other'))
    }
  }
  value([])
  return spans
}

/**
 * Offset in the JSON text of the character at `offset` of the decoded string
 * whose literal starts (at its opening quote) at `literalStart`. Each escape
 * (`\n`, `\"`, `\u00e9`…) is one UTF-16 unit of the decoded string.
 */
export function rawOffsetOf(text: string, literalStart: number, offset: number): number {
  let raw = literalStart + 1
  for (let decoded = 0; decoded < offset && text[raw] !== '"'; decoded++) {
    raw += text[raw] !== '\\' ? 1 : text[raw + 1] === 'u' ? 6 : 2
  }
  return raw
}
