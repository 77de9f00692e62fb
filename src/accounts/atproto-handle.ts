/**
 * atproto handle syntax (atproto.com/specs/handle): ASCII letters, digits and
 * hyphens in labels of 1–63 characters, no hyphen at either end of a label,
 * at least two labels, a top-level label that does not start with a digit,
 * 253 characters in all. This is the spec's own regular expression.
 */
const atprotoHandle = /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/

/** Longest handle the atproto spec allows. */
export const atprotoHandleMaxLength = 253

/**
 * True when `handle` follows the atproto handle syntax (no leading `@`).
 *
 * @example
 * isValidAtprotoHandle('tbs-sct.bsky.social') // true
 * isValidAtprotoHandle('tbs_sct.bsky.social') // false: `_` is not allowed in a domain name
 */
export function isValidAtprotoHandle(handle: string): boolean {
  return handle.length <= atprotoHandleMaxLength && atprotoHandle.test(handle)
}

/** Why a handle breaks the atproto syntax, with where. */
export interface AtprotoHandleIssue {
  readonly reason: 'invalid-characters' | 'too-long' | 'empty-label' | 'label-too-long' | 'label-hyphen' | 'single-label' | 'tld-digit'
  readonly start: number
  readonly end: number
  readonly data?: Readonly<Record<string, unknown>>
}

const labelCharacter = /[A-Za-z0-9-]/

/**
 * Every way `handle` breaks the atproto syntax, each with its range, so a
 * message can say what to change. Empty when {@link isValidAtprotoHandle} holds.
 */
export function atprotoHandleIssues(handle: string): AtprotoHandleIssue[] {
  const issues: AtprotoHandleIssue[] = []
  const badCharacters: string[] = []
  let firstBad = -1
  for (let i = 0; i < handle.length;) {
    const character = String.fromCodePoint(handle.codePointAt(i) ?? 0)
    if (character !== '.' && !labelCharacter.test(character)) {
      if (firstBad === -1) firstBad = i
      if (!badCharacters.includes(character)) badCharacters.push(character)
    }
    i += character.length
  }
  if (firstBad !== -1) issues.push({ reason: 'invalid-characters', start: firstBad, end: firstBad + (badCharacters[0]?.length ?? 1), data: { characters: badCharacters.join(' ') } })
  if (handle.length > atprotoHandleMaxLength) issues.push({ reason: 'too-long', start: atprotoHandleMaxLength, end: handle.length, data: { length: handle.length, limit: atprotoHandleMaxLength } })
  const labels = handle.split('.')
  if (labels.length < 2) issues.push({ reason: 'single-label', start: 0, end: handle.length })
  let offset = 0
  labels.forEach((label, index) => {
    const start = offset
    const end = offset + label.length
    offset = end + 1
    if (label === '') issues.push({ reason: 'empty-label', start: Math.max(0, start - 1), end: Math.min(handle.length, start + 1) })
    else if (label.length > 63) issues.push({ reason: 'label-too-long', start, end, data: { label, length: label.length, limit: 63 } })
    if (label.startsWith('-') || label.endsWith('-')) issues.push({ reason: 'label-hyphen', start, end, data: { label } })
    if (index === labels.length - 1 && labels.length > 1 && /^[0-9]/.test(label)) issues.push({ reason: 'tld-digit', start, end, data: { label } })
  })
  return issues
}
