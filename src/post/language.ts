// The two languages are a text-level fact (stop words, URL language and the i18n resources read them, below
// the post model), so they are defined in text/language.ts; the post model's modules import them from here.
export { languages, otherLanguage } from '../text/language.js'
export type { Bilingual, Lang } from '../text/language.js'
