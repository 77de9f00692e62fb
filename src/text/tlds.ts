/**
 * The top-level domains twitter-text v3.1.0 accepts in links: its `regexp/validGTLD.js`
 * and `regexp/validCCTLD.js` (Apache-2.0, Copyright 2018 Twitter, Inc.), 1574 names.
 * The list is frozen on purpose: it is what X's published counter recognises, so a
 * newer TLD does not make a link there either.
 *
 * The names are in tlds.generated.ts, which scripts/encode-tlds.ts writes from
 * twitter-text itself (test/tlds-generated.test.ts checks that it is up to date,
 * test/urls.test.ts the decoded set).
 */
import { frontCodedTlds } from './tlds.generated.js'

let tlds: ReadonlySet<string> | undefined

/** Every TLD twitter-text accepts, lower-case, decoded on first use. */
export function tldSet(): ReadonlySet<string> {
  tlds ??= new Set(decodeFrontCoded(frontCodedTlds))
  return tlds
}

/** Reads scripts/encode-tlds.ts's front coding: per name, the count of characters shared with the previous name, then the rest. */
export function decodeFrontCoded(coded: string): string[] {
  let previous = ''
  return coded.split(' ').map((entry) => {
    const digits = (/^\d+/.exec(entry) as RegExpExecArray)[0]
    previous = previous.slice(0, Number(digits)) + entry.slice(digits.length)
    return previous
  })
}
