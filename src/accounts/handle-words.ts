import type { Lang } from '../post/language.js'
import { stripAccents } from './transliterate.js'

/** The words of a handle and the separators between its chunks: `StatCan_eng` → words Stat Can eng, separators `_`. */
export interface HandleShape {
  readonly words: readonly string[]
  readonly separators: string
}

/** Splits a handle's name (no `@`, no domain) at separators and at CamelCase and letter/digit boundaries. */
export function shapeOf(name: string): HandleShape {
  const separators = name.replace(/[A-Za-z0-9\p{L}]/gu, '')
  const words = stripAccents(name)
    .split(/[._-]+/)
    .flatMap((chunk) => chunk.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? [])
  return { words, separators }
}

/** Words that name the country or the Government of Canada in a handle (`Canada`, `Can`, `Cdn`, `GC`…). */
const countryWords = new Set(['canada', 'can', 'cdn', 'gc', 'canadian', 'canadien', 'canadienne', 'gouv'])

/** True when a handle names the country: `SCT_Canada`, `StatCan`, `PatrimoineCan`, `ESDC_GC`, `healthcanada`. */
export function namesCountry(name: string): boolean {
  const lower = stripAccents(name).toLowerCase()
  if (lower.includes('canad')) return true
  return shapeOf(name).words.some((word) => countryWords.has(word.toLowerCase()))
}

/** Index of the first word that names the country, or -1. */
export function countryWordIndex(shape: HandleShape): number {
  return shape.words.findIndex((word) => countryWords.has(word.toLowerCase()) || word.toLowerCase().includes('canad'))
}

const languageMarkers: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(['en', 'eng', 'english', 'anglais', 'ang']),
  fr: new Set(['fr', 'fra', 'fre', 'french', 'francais', 'franc']),
}

/** The language a handle marks itself as, from its first or last word (`IRCC_FR`, `StatCan_eng`), if any. */
export function languageMarkerOf(shape: HandleShape): Lang | undefined {
  const edges = [shape.words[shape.words.length - 1], shape.words[0]]
  for (const word of edges) {
    if (word === undefined) continue
    const lower = word.toLowerCase()
    if (languageMarkers.en.has(lower)) return 'en'
    if (languageMarkers.fr.has(lower)) return 'fr'
  }
  return undefined
}
