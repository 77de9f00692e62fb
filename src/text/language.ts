/** The two official languages of Canada. */
export const languages = ['en', 'fr'] as const

/** `en` or `fr`. */
export type Lang = (typeof languages)[number]

/** A value given in both official languages. */
export interface Bilingual<T> {
  readonly en: T
  readonly fr: T
}

/** The other official language. */
export function otherLanguage(lang: Lang): Lang {
  return lang === 'en' ? 'fr' : 'en'
}
