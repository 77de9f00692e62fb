/** Kinds of personal information a comment policy asks moderators to remove. */
export type PersonalInformationType = 'phone' | 'email' | 'postal-code' | 'sin'

/** Personal information found in a text, with its 0-based offsets. */
export interface PersonalInformationMatch {
  readonly type: PersonalInformationType
  readonly start: number
  readonly end: number
}

/**
 * North American numbers: optional `+1`, area code and exchange starting 2–9,
 * separated by a space, dot or hyphen or not at all; `(613) 555-0199` too.
 * Digits right before or after mean a longer number, not a phone number.
 */
const phonePattern = /(?<![\p{N}\p{L}+])(?:\+?1[\s.-]?)?(?:\(([2-9]\d{2})\)\s?|([2-9]\d{2})[\s.-]?)[2-9]\d{2}[\s.-]?\d{4}(?![\p{N}\p{L}])/gu

/** Toll-free area codes: service lines of departments and businesses, not anyone's personal number. */
const tollFree = new Set(['800', '833', '844', '855', '866', '877', '888'])

const emailPattern = /(?<![@\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu

/** Canadian postal codes: letters D, F, I, O, Q, U never appear, W and Z never first (Canada Post). */
const postalCodePattern = /(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])/giu

/** Nine digits, ungrouped or grouped 3-3-3 with the same separator: the shape of a social insurance number. */
const sinPattern = /(?<![\p{N}.,-])\d{3}([ -]?)\d{3}\1\d{3}(?![\p{N}]|[.,-]\p{N}| \p{N})/gu

/** The Luhn checksum that every valid social insurance number passes. */
export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return digits.length > 0 && sum % 10 === 0
}

/**
 * Phone numbers, e-mail addresses, Canadian postal codes and SIN-shaped numbers
 * (nine digits that pass the Luhn check) in `text`. A street number (`123 Main
 * Street`, `1500 rue Sainte-Catherine`) is none of these; toll-free numbers are
 * left alone, as they are service lines.
 *
 * @example
 * findPersonalInformation('Call me at 613-555-0199').map((m) => m.type) // ['phone']
 */
export function findPersonalInformation(text: string): PersonalInformationMatch[] {
  const found: PersonalInformationMatch[] = []
  const add = (type: PersonalInformationType, start: number, end: number) => {
    if (!found.some((other) => other.start < end && start < other.end)) found.push({ type, start, end })
  }
  for (const match of text.matchAll(emailPattern)) add('email', match.index, match.index + match[0].length)
  for (const match of text.matchAll(phonePattern)) {
    const areaCode = match[1] ?? match[2] ?? ''
    if (!tollFree.has(areaCode)) add('phone', match.index, match.index + match[0].length)
  }
  for (const match of text.matchAll(sinPattern)) {
    if (passesLuhn(match[0].replace(/\D/g, ''))) add('sin', match.index, match.index + match[0].length)
  }
  for (const match of text.matchAll(postalCodePattern)) add('postal-code', match.index, match.index + match[0].length)
  return found.sort((a, b) => a.start - b.start)
}
