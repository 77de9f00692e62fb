/**
 * The fixtures write U+00A0 as ⍽ and U+202F as ⌄, as the typography research file does, so a reader can see
 * them: this puts the real characters back.
 */
export const unmark = (s: string): string => s.replace(/⍽/g, '\u00a0').replace(/⌄/g, '\u202f')
