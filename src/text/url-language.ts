import type { Lang } from './language.js'

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
  const parts = simpleUrlParts(url) ?? urlParts(url)
  if (parts === undefined) return undefined
  const query = parts.lang?.toLowerCase()
  // Own keys only: `in` would find `constructor` or `toString` on the prototype.
  if (query !== undefined && Object.hasOwn(pathLanguage, query)) return pathLanguage[query]
  // The path's segments in one pass: the first may be `en` or `fr`, any may be `eng` or `fra`, the last may end in `-eng` or `-fra`.
  const path = parts.pathname
  let last = ''
  let first = true
  for (let start = 0; start < path.length;) {
    let end = path.indexOf('/', start)
    if (end === -1) end = path.length
    if (end > start) {
      const segment = path.slice(start, end).toLowerCase()
      if (first && (segment === 'en' || segment === 'fr')) return segment
      if (segment === 'eng' || segment === 'fra') return pathLanguage[segment]
      first = false
      last = segment
    }
    start = end + 1
  }
  const file = /-(eng|fra)(?:\.[a-z0-9]+)?$/.exec(last)
  return file?.[1] === undefined ? undefined : pathLanguage[file[1]]
}

/** What {@link urlLanguage} reads of a URL: its path, and its `lang` query parameter (null when absent). */
export interface UrlParts {
  readonly pathname: string
  readonly lang: string | null
}

/** The parts as the WHATWG URL parser gives them (a link without a scheme taken as https), or undefined when it refuses the link. */
export function urlParts(url: string): UrlParts | undefined {
  let parsed: URL
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`)
  } catch {
    return undefined
  }
  return { pathname: parsed.pathname, lang: parsed.searchParams.get('lang') }
}

/**
 * `http://`, `https://` or no scheme; an ASCII domain name (group 1); a path
 * (group 2) and a query (group 3) of ASCII characters the parser keeps as
 * they are (no `%`, `+` or `\`, nothing it would encode, decode or drop);
 * any fragment.
 */
const simpleUrl = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)((?:\/[\w.~!$&'()*,;=:@-]*)*)(?:\?([\w.~!$&'()*,;=:@/?-]*))?(?:#[^]*)?$/i

/**
 * The parts of a link simple enough to read without the URL parser (most
 * links in posts), exactly as the parser gives them; undefined for any other
 * link. Making a URL object cost more than everything else the check does with a link.
 */
export function simpleUrlParts(url: string): UrlParts | undefined {
  // A scheme other than http(s)://, and a link the parser would read as having one (`canada.ca:8080`), go to the parser.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:\/\//i.test(url)) return undefined
  const match = simpleUrl.exec(url)
  if (match === null) return undefined
  const [, host = '', path = '', query] = match
  // The parser reads a host ending in a number as an IP address, and checks IDNA labels: both go to it.
  const last = host.slice(host.lastIndexOf('.') + 1)
  if (!/[a-z]/i.test(last) || /^0x[0-9a-f]*$/i.test(last) || /(?:^|\.)xn--/i.test(host)) return undefined
  // `.` and `..` segments are resolved by the parser.
  if (/\/\.\.?(?:\/|$)/.test(path)) return undefined
  return { pathname: path === '' ? '/' : path, lang: query === undefined ? null : queryValue(query, 'lang') }
}

/** The first value of `name` in a query, as URLSearchParams reads it when there is no `%` or `+` to decode. */
function queryValue(query: string, name: string): string | null {
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=')
    if ((equals === -1 ? pair : pair.slice(0, equals)) === name) return equals === -1 ? '' : pair.slice(equals + 1)
  }
  return null
}
