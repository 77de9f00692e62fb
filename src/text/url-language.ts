import type { Lang } from '../post/language.js'

const pathLanguage: Readonly<Record<string, Lang>> = { en: 'en', fr: 'fr', eng: 'en', fra: 'fr' }

/**
 * The language a Government of Canada URL marks, if any: Canada.ca's first
 * path segment (`/en/`, `/fr/`), older sites' `/eng/` and `/fra/` segments,
 * `-eng` / `-fra` file names (`index-fra.html`) and `lang=eng|fra` (or `en|fr`)
 * in the query. A URL with no marker (a bilingual splash page) gives undefined.
 *
 * @example
 * urlLanguage('https://www.canada.ca/fr/sante-canada.html') // 'fr'
 * urlLanguage('https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=30683') // 'en'
 * urlLanguage('https://www.canada.ca') // undefined
 */
export function urlLanguage(url: string): Lang | undefined {
  let parsed: URL
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`)
  } catch {
    return undefined
  }
  const query = parsed.searchParams.get('lang')?.toLowerCase()
  if (query !== undefined && query in pathLanguage) return pathLanguage[query]
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '').map((segment) => segment.toLowerCase())
  const first = segments[0]
  if (first === 'en' || first === 'fr') return first
  for (const segment of segments) {
    if (segment === 'eng' || segment === 'fra') return pathLanguage[segment]
  }
  const file = /-(eng|fra)(?:\.[a-z0-9]+)?$/.exec(segments[segments.length - 1] ?? '')
  return file?.[1] === undefined ? undefined : pathLanguage[file[1]]
}
