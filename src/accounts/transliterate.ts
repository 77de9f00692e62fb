/** Letters that Unicode decomposition does not reduce to ASCII, but French and English spell out. */
const ligatures: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss' }

/**
 * Removes accents and spells out ligatures: `Trésor` → `Tresor`, `Œuvre` → `OEuvre`.
 * Handles are ASCII on most networks, and a reader types `Tresor` when the accent is missing.
 */
export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œŒæÆß]/g, (letter) => ligatures[letter] ?? letter)
}

/** Function words left out of handles built from a title: `Treasury Board of Canada Secretariat` → Treasury Board Canada Secretariat. */
const functionWords = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'pour', 'en', 'au', 'aux', 'a', 'sur'])

/**
 * The ASCII words of a title, without function words or elided articles:
 * `Secrétariat du Conseil du Trésor du Canada` → `['Secretariat', 'Conseil', 'Tresor', 'Canada']`.
 */
export function titleWords(title: string): string[] {
  return stripAccents(title)
    .replace(/\b[ldLD]['’]/g, ' ')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '' && !functionWords.has(word.toLowerCase()))
}

/** Joins words in CamelCase, keeping acronyms as written: `['Sante', 'Canada']` → `SanteCanada`. */
export function camelCase(words: readonly string[]): string {
  return words.map((word) => (word === word.toUpperCase() ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('')
}
