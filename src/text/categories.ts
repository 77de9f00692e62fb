/**
 * General categories of code points (letter, mark) for scanners that walk a
 * text code unit by code unit instead of running a Unicode regular expression
 * over it (which builds a match object per word, or tests a property per
 * character). Each BMP code unit is asked of the regular expression once, then
 * remembered in a table.
 */

/** Per BMP code unit: 0 not looked up yet, 1 in the category, 2 not. */
type Table = Uint8Array

function lookup(table: Table, pattern: RegExp, code: number): boolean {
  let known = table[code] as number
  if (known === 0) {
    known = pattern.test(String.fromCharCode(code)) ? 1 : 2
    table[code] = known
  }
  return known === 1
}

const letterPattern = /^\p{L}$/u
let letters: Table | undefined

/** True when the code point `code` is a letter (`\p{L}`). Lone surrogates are not. */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
  if (code > 0xffff) return letterPattern.test(String.fromCodePoint(code))
  letters ??= new Uint8Array(0x10000)
  return lookup(letters, letterPattern, code)
}

const markPattern = /^\p{M}$/u
let marks: Table | undefined
/** The first mark: U+0300, the first combining diacritical mark. */
const firstMark = 0x300

/** True when the code point `code` is a mark (`\p{M}`: accents and other combining characters). */
export function isMark(code: number): boolean {
  if (code < firstMark) return false
  if (code > 0xffff) return markPattern.test(String.fromCodePoint(code))
  marks ??= new Uint8Array(0x10000)
  return lookup(marks, markPattern, code)
}

/** `text` without its marks: what `text.replace(/\p{M}/gu, '')` gives, without a regular expression. */
export function withoutMarks(text: string): string {
  let kept = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < firstMark) continue
    const code = text.codePointAt(i) as number
    const width = code > 0xffff ? 2 : 1
    if (isMark(code)) {
      kept += text.slice(from, i)
      from = i + width
    }
    i += width - 1
  }
  return from === 0 ? text : kept + text.slice(from)
}
